// Small inline shims over libedit for Swift.
//
// Swift cannot call C variadic functions (el_set, el_get, history) nor, in the
// Swift 6 language mode, read the mutable C globals stdin/stdout/stderr. Each
// function here fixes one argument list so Swift can call it directly.
#ifndef CONFETTI_CEDITLINE_SHIM_H
#define CONFETTI_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>

typedef char *_Nullable (*confetti_prompt_fn)(EditLine *_Nonnull);
typedef unsigned char (*confetti_command_fn)(EditLine *_Nonnull, int);
typedef int (*confetti_getc_fn)(EditLine *_Nonnull, wchar_t *_Nonnull);

static inline FILE *_Nonnull confetti_stdin(void) { return stdin; }
static inline FILE *_Nonnull confetti_stdout(void) { return stdout; }
static inline FILE *_Nonnull confetti_stderr(void) { return stderr; }

static inline int confetti_el_set_prompt(EditLine *_Nonnull el, confetti_prompt_fn _Nonnull fn) {
  return el_set(el, EL_PROMPT, fn);
}

static inline int confetti_el_set_editor(EditLine *_Nonnull el, const char *_Nonnull mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int confetti_el_set_signal(EditLine *_Nonnull el, int on) {
  return el_set(el, EL_SIGNAL, on);
}

static inline int confetti_el_set_history(EditLine *_Nonnull el, History *_Nonnull h) {
  return el_set(el, EL_HIST, history, h);
}

static inline int confetti_el_set_clientdata(EditLine *_Nonnull el, void *_Nullable data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *_Nullable confetti_el_get_clientdata(EditLine *_Nonnull el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

static inline int confetti_el_add_function(
    EditLine *_Nonnull el, const char *_Nonnull name, const char *_Nonnull help,
    confetti_command_fn _Nonnull fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int confetti_el_bind(EditLine *_Nonnull el, const char *_Nonnull key,
                                   const char *_Nonnull command) {
  return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

static inline int confetti_el_refresh(EditLine *_Nonnull el) { return el_set(el, EL_REFRESH); }

/// Replaces libedit's character reader (NULL restores the built-in one).
static inline int confetti_el_set_getcfn(EditLine *_Nonnull el, confetti_getc_fn _Nullable fn) {
  return el_set(el, EL_GETCFN, fn);
}

/// Puts the terminal in the editor's raw mode (on = 1) or back in its normal mode (on = 0).
static inline int confetti_el_prep_term(EditLine *_Nonnull el, int on) {
  return el_set(el, EL_PREP_TERM, on);
}

/// The editor in use, "emacs" or "vi" (after ~/.editrc may have changed it); NULL if unknown.
static inline const char *_Nullable confetti_el_get_editor(EditLine *_Nonnull el) {
  const char *mode = NULL;
  if (el_get(el, EL_EDITOR, &mode) != 0) return NULL;
  return mode;
}

static inline int confetti_history_set_size(History *_Nonnull h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}

static inline int confetti_history_set_unique(History *_Nonnull h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int confetti_history_enter(History *_Nonnull h, const char *_Nonnull line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

#endif
