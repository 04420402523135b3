// Confetti's command line is for Linux: it calls Glibc directly (write, realpath, signals),
// finds libedit through pkg-config and its tests read /proc. The core is plain Swift.
#if !os(Linux)
  #error("The Confetti command line builds on Linux only; see the README.")
#endif
