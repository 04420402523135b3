/// Closed word classes the entity grammars rely on.
enum WordLists {
  /// Nouns that count people: "12 [people]", "40 [reps]".
  static let peopleNouns: Set<String> = Set([
    "people", "persons", "person", "ppl", "peeps", "folks", "folk", "reps", "rep", "representatives",
    "representative", "agents", "agent", "employees", "employee", "staff", "staffers", "staffer", "members",
    "member", "colleagues", "colleague", "coworkers", "coworker", "workers", "worker", "associates",
    "advisors", "advisers", "specialists", "teammates", "heads", "attendees", "participants", "guys",
    "individuals", "techs", "humans", "fte", "ftes", "csrs", "csr", "person's", "players", "pax", "users",
    "seats", "operators", "analysts", "engineers", "nurses", "volunteers", "temps", "contractors", "interns",
    "trainees", "hires", "starters", "newcomers", "freelancers", "performers",
    "seat", "supervisors", "managers", "leads",
  ]).union(staffNouns)
  /// The people a small business employs, named by their trade: "6 stylists", "has 4 mechanics",
  /// "the florist's 3 designers" count the team as "6 people" does. Plurals only: a singular ("book
  /// a stylist") is more often someone hired in. Words with another everyday sense in a count
  /// ("4 servers", "3 coaches", "2 trainers", "5 planners", "3 guides") are left out.
  static let staffNouns: Set<String> = [
    "stylists", "hairstylists", "hairdressers", "barbers", "colorists", "colourists", "beauticians",
    "estheticians", "aestheticians", "manicurists", "therapists", "masseuses", "tattooists", "groomers",
    "mechanics", "technicians", "electricians", "plumbers", "carpenters", "painters", "decorators", "roofers",
    "builders", "fitters", "installers", "welders", "machinists", "landscapers", "gardeners", "cleaners",
    "housekeepers", "drivers", "couriers", "movers", "porters", "dispatchers", "schedulers", "designers",
    "florists", "bakers", "baristas", "cooks", "chefs", "waiters", "waitresses", "waitstaff", "bartenders",
    "caterers", "dishwashers", "cashiers", "clerks", "tellers", "receptionists", "assistants",
    "secretaries", "administrators", "admins", "bookkeepers", "accountants", "lawyers", "attorneys",
    "solicitors", "paralegals", "consultants", "developers", "programmers", "salespeople", "sellers",
    "booksellers", "shopkeepers", "pharmacists", "dentists", "hygienists", "doctors", "physicians",
    "surgeons", "vets", "veterinarians", "physios", "physiotherapists", "chiropractors", "optometrists",
    "opticians", "carers", "caregivers", "aides", "nannies", "tutors", "teachers", "instructors",
    "librarians", "photographers", "editors", "writers", "artists", "architects", "surveyors",
    "apprentices", "butchers", "grocers", "tailors", "seamstresses", "stockers", "packers", "pickers",
    "helpers", "handymen", "laborers", "labourers", "midwives", "paramedics", "lifeguards", "ushers",
    "tradespeople", "craftspeople", "salesmen", "saleswomen", "shop-assistants", "handlers", "adjusters",
    "underwriters", "processors", "coordinators", "collectors", "auditors", "bankers", "brokers",
    "recruiters", "negotiators", "investigators", "examiners", "assessors", "estimators", "inspectors",
    "attendants", "concierges", "caseworkers",
  ]
  /// The people a business serves, by the names businesses give them: an audience ("something for
  /// the regulars too"), and guests when they come ("40 customers come in").
  static let customerNouns: Set<String> = [
    "customers", "customer", "clients", "client", "patients", "patient", "regulars", "shoppers", "diners",
    "patrons", "policyholders", "policyholder", "subscribers", "passengers", "tenants", "residents",
    "callers", "consumers", "buyers",
  ]
  /// Words that may stand between a count and its noun: "12 [customer service] reps".
  static let countModifiers: Set<String> = [
    "customer", "service", "support", "contact", "center", "centre", "call", "frontline", "front", "line",
    "full", "time", "part", "remote", "hybrid", "onsite", "office", "care", "help", "desk", "helpdesk",
    "cs", "cx", "team", "amazing", "awesome", "great", "hard", "working", "more", "total", "other", "of",
    "my", "our", "virtual", "in", "house", "new", "senior", "junior", "tier", "sales", "chat", "phone",
    "email", "inbound", "outbound", "night", "evening", "overnight", "weekend", "billing", "technical",
    "tech",
    "retail", "field", "bilingual", "seasonal", "floor", "helpline", "live", "escalations",
  ]
  /// The count modifiers that say how the team works ("12 remote reps"): the team size leaves
  /// them for the format.
  static let formatModifiers: Set<String> = ["remote", "hybrid", "onsite", "virtual"]
  /// Nouns that take "of N" to give a team size: "a team of 8".
  static let groupNouns: Set<String> = [
    "team", "group", "staff", "crew", "department", "dept", "squad", "headcount", "party", "unit", "org",
    "office", "shop", "company", "business", "bunch", "pod", "size", "shift", "branch", "store", "gang",
    "shifts",
  ]
  /// The nouns a name for the team ends on: "the front desk [team]", "our overnight [crew]".
  static let teamHeads: Set<String> = [
    "team", "teams", "crew", "crews", "staff", "squad", "gang", "group", "department", "dept",
  ]

  /// True when the words from `i` on speak of the person's own people, not of an idea: a people
  /// noun as said ("the stylists", "our bakers"), or the words of a team's name up to a people noun
  /// or a team noun ("the front desk team", "the overnight crew", "the night shift team").
  static func namePeople(_ words: [String], from i: Int) -> Bool {
    var k = i
    while k < words.count, k - i <= 3 {
      let w = words[k]
      if peopleNouns.contains(w) || teamHeads.contains(w) { return true }
      guard countModifiers.contains(w) || workplacePlaces.contains(w) || groupNouns.contains(w) else {
        return false
      }
      k += 1
    }
    return false
  }

  /// Words for the people and groups of a workplace (not any party of people): "our agents", "the team".
  static let workplaceNouns: Set<String> = [
    "reps", "rep", "representatives", "representative", "agents", "agent", "employees", "employee", "staff",
    "staffers", "staffer", "colleagues", "colleague", "coworkers", "coworker", "workers", "worker",
    "associates",
    "advisors", "advisers", "specialists", "teammates", "techs", "fte", "ftes", "csrs", "csr", "operators",
    "analysts", "engineers", "team", "teams", "crew", "department", "dept", "squad", "headcount", "office",
    "company", "business", "org", "customers", "customer", "clients", "client", "helpdesk", "workplace",
    "performers", "shift", "shifts",
  ]
  /// Places a team works in, which a request for ideas may be for: "trivia for the call centre".
  static let workplacePlaces: Set<String> = [
    "centre", "center", "desk", "floor", "shop", "practice", "branch", "helpdesk", "office", "centres",
    "centers", "desks", "floors", "shops", "branches", "offices", "sites",
  ]
  static let currencyWords: [String: Money.Currency] = [
    "dollars": .usd, "dollar": .usd, "bucks": .usd, "buck": .usd, "usd": .usd, "dollers": .usd,
    "pounds": .gbp, "pound": .gbp, "quid": .gbp, "gbp": .gbp, "sterling": .gbp,
    "euros": .eur, "euro": .eur, "eur": .eur,
    "cad": .cad, "aud": .aud, "nzd": .nzd, "inr": .inr, "rupees": .inr, "rupee": .inr, "rs": .inr,
    "jpy": .jpy,
    "yen": .jpy, "cny": .cny, "yuan": .cny, "rmb": .cny, "renminbi": .cny, "chf": .chf, "francs": .chf,
    "mxn": .mxn, "pesos": .mxn, "sgd": .sgd, "hkd": .hkd,
  ]
  /// Currency codes written before an amount: "USD 20", "EUR20", "Rs 500".
  static let currencyCodes: [String: Money.Currency] = [
    "usd": .usd, "gbp": .gbp, "eur": .eur, "cad": .cad, "aud": .aud, "nzd": .nzd, "inr": .inr, "rs": .inr,
    "jpy": .jpy, "cny": .cny, "rmb": .cny, "chf": .chf, "mxn": .mxn, "sgd": .sgd, "hkd": .hkd,
  ]
  /// Letters joined to a "$" before an amount: "US$3", "CA$300", "A$50".
  static let dollarPrefixes: [String: Money.Currency] = [
    "us": .usd, "ca": .cad, "c": .cad, "cdn": .cad, "a": .aud, "au": .aud, "nz": .nzd, "s": .sgd, "sg": .sgd,
    "hk": .hkd, "mx": .mxn,
  ]
  /// Words before an amount that make it the least to spend, not a cap: "at least $500".
  static let minimumCues: [[String]] = [
    ["at", "least"], ["no", "less", "than"], ["not", "less", "than"], ["a", "minimum", "of"],
    ["minimum", "of"],
    ["minimum"], ["min"], ["upwards", "of"], ["more", "than"], ["at", "minimum"],
  ]
  static let currencySymbols: [String: Money.Currency] = [
    "$": .usd, "£": .gbp, "€": .eur, "₹": .inr, "¥": .jpy,
  ]
  /// Words just before a number that make it money: "under 300", "budget of 500".
  static let budgetCues: Set<String> = [
    "budget", "budgets", "buget", "spend", "spending", "afford", "cost", "costs", "price", "under", "below",
    "max", "maximum", "most", "than", "within", "upto", "cap", "capped", "limit", "allowance", "funds",
    "fund", "money", "cash", "total", "spare", "pot", "kitty",
  ]
  /// Budget cues that ask a price: "what would it cost for 45" counts people after "for".
  static let priceWords: Set<String> = ["cost", "costs", "price", "priced"]
  /// Filler words allowed between a budget cue and its number: "budget [is about] 500".
  static let budgetFillers: Set<String> = [
    "of", "is", "a", "about", "around", "roughly", "only", "just", "maybe", "approx", "approximately", "to",
    "be", "at", "will", "would", "can", "we", "have", "got", "around", "like", "say", "our", "my", "the",
    "total", "up", "no", "more", "less", "was", "'s", "it's", "its", "for", "it", "set", "less", "tops",
    "dropped", "drops", "fell", "falls", "went", "goes", "down", "increased", "raised", "rose", "changed",
    "moved", "shrank", "shrunk", "reduced", "now", "gets", "got", "were", "became", "cut", "slashed",
    "trimmed", "lowered", "upped", "bumped", "boosted", "capped",
  ]
  /// Nouns after "per"/"a" that make an amount a per-person budget.
  static let perPersonNouns: Set<String> = [
    "person", "head", "employee", "rep", "agent", "attendee", "member", "participant", "staffer", "guest",
    "people", "capita", "heads", "individual", "seat", "user", "teammate", "colleague", "worker", "associate",
  ]
  /// Theme words also used in their everyday sense ("how can we celebrate CSW"):
  /// they name a framework day only next to a cue such as "day" or "ideas", or in a
  /// short follow-up ("celebration instead").
  static let everydayThemeWords: Set<String> = [
    "celebrate", "celebrating", "celebration", "celebrations", "celebratory", "party", "recognize",
    "recognition", "learning", "training", "collaborate", "collaboration", "outreach", "education",
    "innovation", "festivities",
  ]
  /// Words next to an everyday theme word that make it a theme.
  static let themeCues: Set<String> = [
    "day", "days", "theme", "themed", "ideas", "idea", "activities", "activity", "side", "instead", "ones",
    "only", "focus", "focused", "stuff", "things", "events", "type", "kind", "style",
  ]
  /// Phrases that contain slot words but name something else: "customer service week" is not an audience.
  static let domainPhrases: [[String]] = [
    ["customer", "service"], ["customer", "support"], ["customer", "care"], ["customer", "experience"],
    ["customer", "success"], ["customer", "services"], ["client", "services"], ["client", "service"],
  ]

  /// Other occasions, holidays and awareness days. They are no slot, but the intent
  /// classifier sees them as one placeholder, so "plan our Christmas party" generalises
  /// from the out-of-scope examples to every occasion listed here. (Halloween is left
  /// out: trick-or-trunk is an early Halloween event.)
  static let otherOccasions: [[String]] = [
    "christmas", "xmas", "thanksgiving", "diwali", "hanukkah", "chanukah", "easter", "kwanzaa", "ramadan",
    "eid",
    "passover", "black friday", "cyber monday", "valentine", "valentine day", "mother day", "father day",
    "new year", "new year eve", "birthday", "wedding", "retirement", "baby shower", "bachelor party",
    "bachelorette party", "graduation", "prom", "super bowl", "world cup", "olympics", "st patrick day",
    "fourth of july", "independence day", "labor day", "labour day", "memorial day", "nurses week",
    "nurse week",
    "nurses day", "teacher appreciation week", "teachers day", "boss day", "pride month",
    "black history month",
    "lunar new year", "chinese new year", "oktoberfest", "holiday party", "office christmas party",
  ].map { Tokenizer.tokenize($0).map(\.text) }

  static let ordinalWords: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
  ]
  /// Words after which a number names an item in a list: "number 3", "option 2".
  static let ordinalCues: Set<String> = [
    "number", "no", "option", "idea", "item", "choice", "pick", "num", "nr",
  ]

  /// Words that carry no content for a search of the catalogue: function words, the
  /// words of asking ("ideas", "suggest"), and the domain itself ("customer service week").
  /// The words after which "free" still means no budget: words for the ideas themselves
  /// ("free ideas", "free stuff") and joining words ("free and fun", "free for 12", "free please").
  static let freeBudgetFollowers: Set<String> = [
    "ideas", "idea", "stuff", "things", "thing", "activities", "activity", "options", "option", "ones", "one",
    "suggestions", "events", "event", "ways", "plans", "plan", "week", "and", "or", "but", "for", "please",
    "pls", "plz", "to", "with", "in", "on", "if", "only", "ideally", "preferably", "too", "as", "so", "then",
    "fun", "easy", "cheap", "budget", "is", "are", "of", "at", "this", "that", "we", "you",
    "thanks", "though", "all", "right", "now", "celebrations", "celebration", "appreciation",
  ]

  static let stopWords: Set<String> = [
    "a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "without",
    "from", "about", "into", "over", "under", "up", "as", "is", "are", "be", "was", "were", "been", "it",
    "its", "it's", "this", "that", "these", "those", "there", "here", "we", "we're", "we've", "our", "ours",
    "us", "i", "i'm", "i'd", "me", "my", "you", "your", "they", "their", "them", "he", "she", "his", "her",
    "what", "which", "who", "how", "when", "where", "why", "can", "could", "would", "should", "will",
    "shall", "may", "might", "must", "do", "does", "did", "doing", "have", "has", "had", "get", "got",
    "let", "let's", "make", "want", "wanna", "need", "like", "love", "please", "pls", "plz", "thanks",
    "some", "any", "anything", "something", "stuff", "thing", "things", "kind", "sort", "type", "ways",
    "way", "idea", "ideas", "suggest", "suggestion", "suggestions", "recommend", "option", "options",
    "give", "show", "tell", "list", "find", "plan", "planning", "organise", "organize", "run", "good",
    "great", "nice", "fun", "cool", "best", "awesome", "new", "more", "other", "else", "also", "just",
    "really", "very", "too", "so", "all", "every", "each", "everyone", "people", "person", "ppl", "folks",
    "team", "teams", "crew", "staff", "group", "reps", "agents", "employees", "colleagues", "customer",
    "service", "week", "csw", "ncsw", "support", "department", "company", "office", "budget", "dollars",
    "bucks", "cheap", "cheaper", "affordable", "free", "around", "total", "what's", "whats", "there's",
    "maybe", "perhaps", "possible", "if", "than", "then", "only", "week's", "day", "days", "activity",
    "activities", "event", "events", "someone", "somebody", "one", "ones", "use", "using", "try", "hey",
    "hi", "hello", "ok", "okay", "yes", "no", "not", "don't", "isn't",
  ]

  /// The words the grammars read themselves, which the spelling corrector leaves alone.
  static let grammarWords: Set<String> = peopleNouns.union(groupNouns).union(workplaceNouns)
    .union(countModifiers).union(negations).union(negationPhraseWords).union(BusinessGrammar.words)
    .union(GuestsGrammar.nouns)

  /// The words of the negation and edit phrases that are no single negation: "apart from", "aside
  /// from", "other than", "instead of", "leave out", "put it back", "keep".
  static let negationPhraseWords: Set<String> = [
    "apart", "aside", "except", "instead", "rather", "other", "leave", "back", "keep", "plus", "halves",
    "halve", "double", "triple",
  ]

  /// Words that ask for the plan as a file: "save it", "export to markdown", "download the plan".
  static let exportWords: Set<String> = [
    "export", "exporting", "save", "saving", "sav", "write", "markdown", "md", "file", "download", "dump",
    "copy", "print", "disk", "store", "keep", "send", "share", "put", "pdf", "txt", "doc", "document",
  ]

  /// Words that leave out the kind of idea after them: "no food", "without music".
  static let negations: Set<String> = [
    "no", "not", "without", "nothing", "except", "excluding", "exclude", "minus", "skip", "avoid", "don't",
    "dont", "doesn't", "doesnt", "never", "non", "nor", "w/o", "isn't", "aren't", "shouldn't", "can't",
    "drop", "ditch", "omit", "scrap", "nix", "lose", "remove", "exclude", "forget", "skipping", "dropping",
    "ditching", "removing", "scrapping", "cancel", "canceling", "cancelling", "axe", "scratch", "bin",
  ]
  /// Words that may stand between a negation and the kind it leaves out: "don't [involve] food".
  static let negationBridges: Set<String> = [
    "any", "the", "a", "an", "some", "with", "involve", "involving", "involves", "include", "including",
    "includes", "want", "need", "have", "has", "contain", "containing", "more", "too", "much", "about",
    "around", "do", "does", "be", "is", "are", "heavy", "based", "on", "related", "to", "doing", "having",
    "running", "run", "holding", "hold", "like", "anything", "again", "this", "that", "year", "time",
  ]

  /// Nouns that ask for suggestions: "prize [ideas] for the reps", "[something] fun for the crew".
  static let requestNouns: Set<String> = [
    "ideas", "idea", "suggestions", "suggestion", "ways", "activities", "activity", "something", "anything",
    "things", "options", "inspiration", "recommendations",
  ]
  /// Verbs that, after "what" and "we" or "you", ask what to do: "what could we all [join] in on".
  static let whatToDoVerbs: Set<String> = [
    "do", "join", "try", "run", "organise", "organize", "hold", "host", "play", "put", "plan",
  ]
  /// Words for a plan of days: "a five-day [schedule]", "a daily [agenda]".
  static let planNouns: Set<String> = [
    "plan", "schedule", "agenda", "itinerary", "programme", "program", "lineup", "breakdown", "timetable",
    "rundown",
  ]
  /// Words that ask when: a line with one is about the week's dates, not its plan.
  static let whenWords: Set<String> = [
    "when", "date", "dates", "start", "starts", "begin", "begins", "ends", "finish", "finishes",
  ]
  /// Words that point at an idea said before: "skip [it]", "drop [that] one", "leave [it] out".
  static let pointers: Set<String> = ["it", "that", "this"]
  /// Words for days or plans that "my" makes the person's own: "[my] calendar", "[my] week".
  static let ownDays: Set<String> = planNouns.union([
    "day", "days", "week", "calendar", "diary", "shift", "shifts",
  ])
  static let dayWords: Set<String> = ["day", "days"]
  /// Units of the calendar: said as "the year" or "the week" they are a time, never a word of an
  /// idea's name ("the year before that" is no Year-Round Appreciation).
  static let calendarUnits: Set<String> = [
    "year", "years", "week", "weeks", "month", "months", "day", "days",
  ]
  /// Words before a day that make it every day: "[each] day", "[every] day".
  static let everyWords: Set<String> = ["each", "every"]
  /// Five, as a plan for the working week says it: "[five] days", "[5] days".
  static let fiveWords: Set<String> = ["five", "5"]
  /// Words between two weekdays that make a range: "monday [to] friday".
  static let rangeWords: Set<String> = ["to", "through", "thru", "till", "until"]
  /// Words that say what kind of something is wanted ("something [creative] with photos"): they
  /// describe the request, not its content.
  static let describers: Set<String> = [
    "fun", "creative", "different", "new", "special", "easy", "simple", "quick", "cool", "nice", "good",
    "original", "unique", "memorable", "fresh", "festive", "silly", "low-key", "meaningful",
  ]
  /// Word pairs by which a person asks whether an idea would do: "is that a [good idea]?".
  static let verdictPairs: Set<[String]> = [
    ["good", "idea"], ["great", "idea"], ["bad", "idea"], ["go", "down"], ["goes", "down"], ["worth", "it"],
  ]
  /// The second words of ``verdictPairs``: a pair is looked up only when its second word is one.
  static let verdictSecondWords = Set(verdictPairs.map { $0[1] })

  /// First words that put an idea forward: "maybe a cookout?", "let's do a raffle", "ideally
  /// something outdoors", "preferably with music".
  static let proposalWords: Set<String> = ["maybe", "perhaps", "let's", "lets", "ideally", "preferably"]
  /// Words for an occasion that, after an idea or a kind, name an event by its content: "pizza
  /// night?", "a taco party".
  static let eventNouns: Set<String> = [
    "night", "party", "day", "afternoon", "morning", "break", "hour", "social", "bash", "fest", "lunch",
  ]
  /// First word pairs that put an idea forward: "how about", "could we", "thinking of".
  static let proposalPairs: Set<[String]> = [
    ["how", "about"], ["what", "about"], ["thinking", "of"], ["thinking", "about"], ["could", "we"],
    ["can", "we"], ["shall", "we"], ["should", "we"], ["we", "could"], ["we", "should"], ["why", "not"],
  ]

  /// Words that greet or take leave by themselves ("good" + a time of day does too).
  static let helloAndGoodbye: Set<String> = [
    "hi", "hello", "hey", "hiya", "howdy", "greetings", "yo", "bye", "goodbye", "byebye", "cya", "farewell",
    "ciao", "cheerio", "goodnight",
  ]
  static let timesOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "day"]

  /// Words by which a person speaks for a group: "could [we] have", "for [us]", "[our] crew".
  static let groupPronouns: Set<String> = [
    "we", "us", "our", "ours", "we're", "we've", "we'd", "let's", "everyone", "everybody",
  ]
}
