package dev.sifc.prompt;

/** What a key (or a sequence of them) does on a full-screen prompt; {@link KeyMaps} says which are which. */
enum Key { UP, DOWN, HOME, END, PAGE_UP, PAGE_DOWN, YES, NO, ENTER, HELP, SKIP, BACK, INTERRUPT, SUSPEND, PASTE, BACKSPACE, CHAR, IGNORE }
