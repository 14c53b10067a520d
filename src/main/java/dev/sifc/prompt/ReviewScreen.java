package dev.sifc.prompt;

import dev.sifc.text.Messages;
import dev.sifc.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The review: "confirm" on top, the client's name, then every answer with its question; Enter on a row picks it. */
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
    /** The highlighted row: 0 is "confirm", 1 the name, item i is row i + 2. */
    private int row;

    ReviewScreen(String client, List<Prompter.ReviewItem> items, ReviewChoice first, Messages messages) {
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
        int available = Math.max(3, layout.rows() - 5);
        int start = Layout.scrollStart(row, rows, available);
        int end = Math.min(rows, start + available);
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
            lines.add(b.toAttributedString());
        }
        layout.footer(lines, messages.get("prompt.review.keys"), null);
        return lines;
    }

    @Override
    public Optional<ReviewChoice> key(Key key, String typed) {
        int rows = items.size() + HEAD;
        switch (key) {
            case UP -> row = (row + rows - 1) % rows;
            case DOWN -> row = (row + 1) % rows;
            case ENTER -> {
                return Optional.of(row == 0 ? new ReviewChoice.Confirm() : row == 1 ? new ReviewChoice.Rename()
                        : new ReviewChoice.Change(row - HEAD));
            }
            default -> { }
        }
        return Optional.empty();
    }
}
