package dev.sifc.prompt;

/** What the user did with a question. */
public sealed interface Response {
    /** A canonical answer value (option id or plain number). */
    record Answered(String value) implements Response {}

    /** Don't know, or not applicable. */
    record Skipped() implements Response {}

    /** Back to the previous question (or to the review). */
    record Back() implements Response {}
}
