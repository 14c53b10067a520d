package dev.sifc.prompt;

import dev.sifc.core.QuestionType;
import dev.sifc.text.Messages;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A choice or yes-no question: a list of numbered options, paged on small terminals. Arrows (and
 * j/k, except on yes-no questions, where y, j and n answer at once) move the highlight, a digit
 * jumps to its option, and two digits typed quickly one number ("1", "2" is 12), Enter answers
 * with the highlighted option, which starts on the current answer or else on the calmest one. A
 * question skipped before has a "skipped" row above its options, where the highlight starts: Enter
 * there keeps the skip (a re-check promises that Enter keeps every answer, a skip too).
 */
final class ChoiceScreen extends QuestionScreen {
    /** Two digits typed within this time make one number ("1", "2" is 12). */
    static final long DIGIT_WINDOW_MS = Digits.WINDOW_MS;

    /** The highlight on the "skipped" row of a question skipped before. */
    static final int SKIPPED_ROW = -1;

    private final Digits digits;
    private int highlight;

    /** @param millis the clock, in milliseconds, that tells whether two digits came quickly */
    ChoiceScreen(QuestionView view, Messages messages, LongSupplier millis) {
        super(view, messages, view.question().type() == QuestionType.YES_NO ? KeyMaps.Kind.YES_NO : KeyMaps.Kind.LIST);
        this.digits = new Digits(millis);
        this.highlight = view.skipped() ? SKIPPED_ROW : view.currentOption();
    }

    /** The highlighted option's index, or {@link #SKIPPED_ROW}. */
    int highlight() {
        return highlight;
    }

    private boolean yesNo() {
        return view.question().type() == QuestionType.YES_NO;
    }

    @Override
    protected String keysHint() {
        return messages.get(yesNo() ? "prompt.keys.yesno" : "prompt.keys.list", view.options().size());
    }

    @Override
    protected String keysHelp() {
        return messages.get(yesNo() ? "prompt.help.keys.yesno" : "prompt.help.keys.list");
    }

    /** The highlighted option, a mark on either side, and the "skipped" row when it was. */
    @Override
    protected int answerRows() {
        int count = view.options().size();
        return (view.skipped() ? 1 : 0) + (count <= 3 ? count : 3);
    }

    @Override
    protected void answerLines(Layout layout, List<AttributedString> lines, int rows) {
        int count = view.options().size();
        int available = rows;
        if (view.skipped()) {
            // The skip is the current answer: a row of its own, like an option, that Enter keeps.
            boolean on = highlight == SKIPPED_ROW;
            lines.add(layout.fit(new AttributedStringBuilder().style(on ? layout.accent().bold() : AttributedStyle.DEFAULT)
                    .append(on ? " ❯ " : "   ").append("    ").append(messages.get("prompt.skipped"))
                    .style(AttributedStyle.DEFAULT.faint()).append("  " + messages.get("prompt.current")).toAttributedString()));
            available--;
        }
        if (count > available) {
            available = Math.max(1, available - 2); // room for the marks above and below
        }
        int start = Layout.scrollStart(Math.max(0, highlight), count, available);
        int end = Math.min(count, start + available);
        if (count > available) {
            lines.add(start > 0 ? layout.dim("   " + messages.get("prompt.more.above", start)) : AttributedString.EMPTY);
        }
        for (int i = start; i < end; i++) {
            boolean on = i == highlight;
            boolean current = view.current() != null && view.question().options().get(i).value().equals(view.current());
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.style(on ? layout.accent().bold() : AttributedStyle.DEFAULT).append(on ? " ❯ " : "   ")
                    .append(String.format("%2d  ", i + 1)).append(view.options().get(i));
            if (current) {
                b.style(AttributedStyle.DEFAULT.faint()).append("  " + messages.get("prompt.current"));
            }
            lines.add(layout.fit(b.toAttributedString()));
        }
        if (count > available) {
            lines.add(end < count ? layout.dim("   " + messages.get("prompt.more.below", count - end)) : AttributedString.EMPTY);
        }
    }

    @Override
    protected Optional<Response> answer(Key key, String typed) {
        int count = view.options().size();
        // The "skipped" row, when there is one, is row 0 and the options follow.
        int first = view.skipped() ? SKIPPED_ROW : 0;
        int rows = count - first;
        switch (key) {
            case UP -> highlight = (highlight - first + rows - 1) % rows + first;
            case DOWN -> highlight = (highlight - first + 1) % rows + first;
            case HOME -> highlight = first;
            case END -> highlight = count - 1;
            case CHAR -> digit(typed);
            case YES, NO -> {
                if (yesNo()) {
                    return Optional.of(new Response.Answered(key == Key.YES ? "yes" : "no"));
                }
            }
            case ENTER -> {
                if (highlight == SKIPPED_ROW) {
                    return Optional.of(new Response.Skipped());
                }
                return Optional.of(new Response.Answered(view.question().options().get(highlight).value()));
            }
            default -> { }
        }
        return Optional.empty();
    }

    private void digit(String typed) {
        OptionalInt picked = digits.type(typed, view.options().size());
        if (picked.isPresent()) {
            highlight = picked.getAsInt() - 1;
        } else {
            note = messages.get("prompt.invalid.range", typed, "1-" + view.options().size());
        }
    }
}
