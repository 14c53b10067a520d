package dev.sifc.prompt;

/** What the user picked on the review screen: confirm the answers, or change one of them. */
public sealed interface ReviewChoice {
    /** The answers stand: show the verdict. */
    record Confirm() implements ReviewChoice {}

    /** Change the client's name (the review's name row). */
    record Rename() implements ReviewChoice {}

    /** Change the answer of the review's item {@code index} (0-based, in questionnaire order). */
    record Change(int index) implements ReviewChoice {
        public Change {
            if (index < 0) {
                throw new IllegalArgumentException("a review item's index cannot be negative: " + index);
            }
        }
    }
}
