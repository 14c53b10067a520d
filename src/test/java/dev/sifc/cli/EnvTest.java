package dev.sifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sifc.core.Lang;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the launcher tells the tool through system properties. */
class EnvTest {
    @Test
    void theUsersLocaleChoosesTheLanguageWhenTheLauncherRanTheJvmUnderItsOwn() {
        Map<String, String> jvm = Map.of("LC_ALL", "C.UTF-8", "LANG", "en_US.UTF-8", "PATH", "/bin");
        assertEquals(Lang.DE, Lang.fromEnvironment(Env.userVariables(jvm, "de_DE.ISO-8859-1")));
        Map<String, String> none = Env.userVariables(jvm, "");
        assertFalse(none.containsKey("LC_ALL"), "the launcher's LC_ALL is not the user's");
        assertEquals("/bin", none.get("PATH"));
        assertEquals(jvm, Env.userVariables(jvm, null), "without the launcher: as they are");
    }

    @Test
    void aClosedStdoutFailsEveryWriteWithItsReason() {
        System.setProperty("sifc.stdout.closed", "1");
        try {
            OutputStream out = Env.systemOut();
            IOException e = assertThrows(IOException.class, () -> out.write("x".getBytes(StandardCharsets.UTF_8)));
            assertEquals("standard output is closed", e.getMessage());
        } finally {
            System.clearProperty("sifc.stdout.closed");
        }
    }

    @Test
    void aClosedStdinIsAUserErrorWhereverItIsRead() {
        UserException e = assertThrows(UserException.class, () -> new Env.ClosedStdin().read(new byte[8], 0, 8));
        assertEquals(ExitCodes.INVALID, e.exitCode());
    }
}
