package dev.sifc.prompt;

import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The review: "confirm" on top, the client's name, then every answer with its question; Enter on a
 * row picks it. The arrows move without wrapping around, a digit (two typed quickly: one number)
 * goes to that answer, Home/End to the ends, PageUp/PageDown a page; marks show how many rows are
 * hidden above and below.
 */
final class ReviewScreen implements Screen<ReviewChoice> {
    /** Answers wider than this are cut, so that the questions keep room. */
    private static final int MAX_ANSWER_WIDTH = 28;
    /** What a narrow window keeps for the questions, before the answers are cut shorter. */
    private static final int MIN_QUESTION_WIDTH = 21;

    /** Rows before the first item: "confirm" and the name. */
    private static final int HEAD = 2;

    private final String client;
    private final List<Prompter.ReviewItem> items;
    private final Messages messages;
    private final Digits digits;
    /** The highlighted row: 0 is "confirm", 1 the name, item i is row i + 2. */
    private int row;
    /** How many rows the last frame showed: a page for PageUp/PageDown. */
    private int page = 10;
    /** What was wrong with the last key, or null. */
    private String note;

    ReviewScreen(String client, List<Prompter.ReviewItem> items, ReviewChoice first, Messages messages) {
        this(client, items, first, messages, System::currentTimeMillis);
    }

    /** @param millis the clock of the two-digit shortcut, in milliseconds */
    ReviewScreen(String client, List<Prompter.ReviewItem> items, ReviewChoice first, Messages messages, LongSupplier millis) {
        this.digits = new Digits(millis);
        this.client = client;
        this.items = List.copyOf(items);
        this.messages = messages;
        this.row = first instanceof ReviewChoice.Change change ? change.index() + HEAD : first instanceof ReviewChoice.Rename ? 1 : 0;
    }

    @Override
    public KeyMaps.Kind keys() {
        return KeyMaps.Kind.LIST;
    }

    @Override
    public List<AttributedString> frame(Layout layout) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(layout.bold(messages.get("prompt.review.title")));
        lines.add(AttributedString.EMPTY);
        int rows = items.size() + HEAD;
        String keys = messages.get("prompt.review.keys") + " · " + messages.get("prompt.review.keys.jump", items.size());
        List<AttributedString> foot = new ArrayList<>();
        layout.footer(foot, keys, note);
        // A short screen keeps room for five rows and the marks: the key line is cut to one line.
        if (lines.size() + foot.size() + Math.min(rows, 5) + 2 > layout.rows()) {
            foot = new ArrayList<>();
            layout.shortFooter(foot, keys, note);
        }
        int available = Math.max(1, layout.rows() - lines.size() - foot.size());
        boolean marks = rows > available;
        if (marks) {
            available = Math.max(1, available - 2);
        }
        page = available;
        int start = Layout.scrollStart(row, rows, available);
        int end = Math.min(rows, start + available);
        if (marks) {
            lines.add(start > 0 ? layout.dim("   " + messages.get("prompt.more.above", start)) : AttributedString.EMPTY);
        }
        // On a narrow window the questions keep at least MIN_QUESTION_WIDTH columns: the answers give way.
        int room = Math.max(8, layout.width() - 9 - MIN_QUESTION_WIDTH);
        int answerWidth = Math.min(Math.min(MAX_ANSWER_WIDTH, room), Math.max(Text.length(client),
                items.stream().mapToInt(i -> Text.length(i.answer())).max().orElse(10)));
        for (int r = start; r < end; r++) {
            boolean on = r == row;
            AttributedStringBuilder b = new AttributedStringBuilder();
            b.style(on ? layout.accent().bold() : AttributedStyle.DEFAULT).append(on ? " ❯ " : "   ");
            if (r == 0) {
                b.append("✔ ").append(messages.get("prompt.review.confirm"));
            } else if (r == 1) {
                b.append("    ").append(Text.pad(Text.truncate(client, answerWidth), answerWidth)).append("  ");
                b.style(on ? layout.accent() : AttributedStyle.DEFAULT.faint()).append(messages.get("prompt.review.client"));
            } else {
                Prompter.ReviewItem item = items.get(r - HEAD);
                String answer = Text.pad(Text.truncate(item.answer(), answerWidth), answerWidth);
                b.append(String.format("%2d  ", r - 1)).append(answer).append("  ");
                b.style(on ? layout.accent() : AttributedStyle.DEFAULT.faint())
                        .append(Text.truncate(item.question(), Math.max(10, layout.width() - answerWidth - 9)));
            }
            lines.add(layout.fit(b.toAttributedString()));
        }
        if (marks) {
            lines.add(end < rows ? layout.dim("   " + messages.get("prompt.more.below", rows - end)) : AttributedString.EMPTY);
        }
        lines.addAll(foot);
        return lines;
    }

    @Override
    public Optional<ReviewChoice> key(Key key, String typed) {
        int rows = items.size() + HEAD;
        note = null;
        switch (key) {
            case UP -> row = Math.max(0, row - 1);
            case DOWN -> row = Math.min(rows - 1, row + 1);
            case HOME -> row = 0;
            case END -> row = rows - 1;
            case PAGE_UP -> row = Math.max(0, row - page);
            case PAGE_DOWN -> row = Math.min(rows - 1, row + page);
            case CHAR -> {
                OptionalInt picked = digits.type(typed, items.size());
                if (picked.isPresent()) {
                    row = picked.getAsInt() - 1 + HEAD;
                } else {
                    note = messages.get("prompt.invalid.range", typed, "1-" + items.size());
                }
            }
            case ENTER -> {
                return Optional.of(row == 0 ? new ReviewChoice.Confirm() : row == 1 ? new ReviewChoice.Rename()
                        : new ReviewChoice.Change(row - HEAD));
            }
            default -> { }
        }
        return Optional.empty();
    }
}
