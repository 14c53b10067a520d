package dev.sifc.prompt;

import dev.sifc.text.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A choice or yes-no question: a list of numbered options, paged on small terminals. Arrows and
 * j/k move the highlight, a digit jumps to its option, and two digits typed quickly one number
 * ("1", "2" is 12), Enter answers with the highlighted option.
 */
final class ChoiceScreen extends QuestionScreen {
    /** Two digits typed within this time make one number ("1", "2" is 12). */
    static final long DIGIT_WINDOW_MS = 800;

    private final LongSupplier millis;
    private int highlight;
    /** The digit typed last, if it may start a two-digit number, else -1; and when it was typed. */
    private int lastDigit = -1;
    private long lastDigitAt;

    /** @param millis the clock, in milliseconds, that tells whether two digits came quickly */
    ChoiceScreen(QuestionView view, Messages messages, LongSupplier millis) {
        super(view, messages, KeyMaps.Kind.LIST);
        this.millis = millis;
        this.highlight = view.currentOption();
    }

    /** The highlighted option's index. */
    int highlight() {
        return highlight;
    }

    @Override
    protected String keysHint() {
        return messages.get("prompt.keys.list", view.options().size());
    }

    @Override
    protected void answerLines(Layout layout, List<AttributedString> lines) {
        int count = view.options().size();
        int available = Math.max(3, layout.rows() - lines.size() - 3);
        int start = Layout.scrollStart(highlight, count, available);
        int end = Math.min(count, start + available);
        if (start > 0) {
            lines.add(layout.dim("   ↑"));
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
            lines.add(b.toAttributedString());
        }
        if (end < count) {
            lines.add(layout.dim("   ↓"));
        }
    }

    @Override
    protected Optional<Response> answer(Key key, String typed) {
        int count = view.options().size();
        switch (key) {
            case UP -> highlight = (highlight + count - 1) % count;
            case DOWN -> highlight = (highlight + 1) % count;
            case CHAR -> digit(typed);
            case ENTER -> {
                return Optional.of(new Response.Answered(view.question().options().get(highlight).value()));
            }
            default -> { }
        }
        return Optional.empty();
    }

    private void digit(String typed) {
        int digit = typed.charAt(0) - '0';
        long now = millis.getAsLong();
        int combined = lastDigit * 10 + digit;
        if (lastDigit > 0 && now - lastDigitAt < DIGIT_WINDOW_MS && combined <= view.options().size()) {
            highlight = combined - 1;
            lastDigit = -1;
        } else if (digit >= 1 && digit <= view.options().size()) {
            highlight = digit - 1;
            lastDigit = digit;
            lastDigitAt = now;
        } else {
            note = messages.get("prompt.plain.invalid", typed);
        }
    }
}
