package dev.sifc.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.field.ParseException;
import org.apache.james.mime4j.field.Fields;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.RawField;

/**
 * A letter as an unsent e-mail ({@code .eml}) that a mail program opens as a new message: written
 * by Apache James mime4j, so the subject is encoded as RFC 2047 asks and the UTF-8 body survives
 * any mail path (quoted-printable). Only this package knows mime4j, and only a run that asks for a
 * draft loads it.
 */
public final class EmlDraft {
    private EmlDraft() {}

    /** The address given is not one a mail program would take. */
    public static final class BadAddress extends Exception {
        private static final long serialVersionUID = 1L;

        BadAddress(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Writes the draft to {@code out}.
     *
     * @param to the recipient's address, or null to leave it for the mail program
     * @param date the message's date
     * @throws BadAddress if {@code to} is not a valid address
     */
    public static void write(String subject, String body, String to, Date date, OutputStream out)
            throws IOException, BadAddress {
        Message.Builder b = Message.Builder.of()
                .setField(Fields.version("1.0"))
                .setSubject(subject)
                .setDate(date)
                .setContentTransferEncoding("quoted-printable")
                // Outlook and others open a message with this header as a draft to edit and send.
                .setField(new RawField("X-Unsent", "1"));
        if (to != null) {
            if (!to.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                // Addresses with non-ASCII characters (RFC 6531) are beyond what a draft's header carries.
                throw new BadAddress(to);
            }
            try {
                // The strict parser: "anna@" or "Anna" alone is refused, not sent to nowhere.
                b.setTo(DefaultAddressParser.DEFAULT.parseMailbox(to));
            } catch (ParseException e) {
                throw new BadAddress(e.getMessage());
            }
        }
        b.setBody(body.replace("\n", "\r\n") + "\r\n", "plain", StandardCharsets.UTF_8);
        new DefaultMessageWriter().writeMessage(b.build(), out);
        out.flush();
    }
}
