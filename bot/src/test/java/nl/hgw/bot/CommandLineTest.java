package nl.hgw.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsStartTheServer() {
        assertThat(CommandLine.handles(new String[0])).isFalse();
    }

    @Test
    void springArgumentsAndUnknownWordsStartTheServer() {
        assertThat(CommandLine.handles(new String[] {"--server.port=4000"})).isFalse();
        assertThat(CommandLine.handles(new String[] {"no-such-command"})).isFalse();
    }

    @Test
    void deleteTeamIsACommand() {
        assertThat(CommandLine.handles(new String[] {"delete-team", "--tenant", "t", "--team", "x"})).isTrue();
    }
}
