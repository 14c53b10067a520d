package dev.sifc.prompt;

import dev.sifc.core.Answers;
import dev.sifc.core.ModelException;
import dev.sifc.text.Messages;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** A number question: the number is typed, checked on Enter (the problem shown, then asked again); empty skips. */
final class NumberScreen extends QuestionScreen {
    /** More characters than any number in range needs; the rest are not taken. */
    private static final int MAX_INPUT = 32;

    private final StringBuilder input;

    NumberScreen(QuestionView view, Messages messages) {
        super(view, messages, KeyMaps.Kind.NUMBER);
        this.input = new StringBuilder(view.current() == null || Answers.SKIP.equals(view.current()) ? "" : view.current());
    }

    @Override
    protected String keysHint() {
        return messages.get("prompt.keys.number");
    }

    @Override
    protected int answerRows() {
        return 1;
    }

    @Override
    protected void answerLines(Layout layout, List<AttributedString> lines, int rows) {
        String hint = view.numberHint() + (view.skipped() && input.length() == 0 ? "  " + messages.get("prompt.was.skipped") : "");
        lines.add(layout.fit(new AttributedStringBuilder().style(layout.accent().bold()).append(" ❯ ").append(input.toString())
                .style(AttributedStyle.DEFAULT).append("▏  ").style(AttributedStyle.DEFAULT.faint())
                .append(hint).toAttributedString()));
    }

    @Override
    protected Optional<Response> answer(Key key, String typed) {
        switch (key) {
            case CHAR -> {
                if (input.length() < MAX_INPUT) {
                    input.append(typed);
                }
            }
            case BACKSPACE -> {
                if (input.length() > 0) {
                    input.setLength(input.length() - 1);
                }
            }
            case ENTER -> {
                if (input.toString().isBlank()) {
                    return Optional.of(new Response.Skipped());
                }
                try {
                    return Optional.of(new Response.Answered(Answers.parse(view.question(), input.toString())));
                } catch (ModelException e) {
                    note = view.problem(messages, e);
                }
            }
            default -> { }
        }
        return Optional.empty();
    }
}
