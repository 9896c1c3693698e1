package nl.hgw.nlp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RuleFileReaderTest {

    @Test
    void readsBlocksWithRepeatedKeys() {
        List<RuleBlock> blocks = RuleFileReader.read(new StringReader("""
                # a comment
                [deficit lui]
                category = tasks_environment
                when = lui
                need = opdrachten met een haalbaar doel
                need = keuze uit opdrachten
                example = Hij is lui.
                """), "school.txt");
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).all("need")).containsExactly("opdrachten met een haalbaar doel", "keuze uit opdrachten");
        assertThat(blocks.get(0).where()).isEqualTo("school.txt:2");
        assertThat(blocks.get(0).where("need", 1)).isEqualTo("school.txt:6");
        assertThat(blocks.get(0).where("example", 0)).isEqualTo("school.txt:7");
    }

    @Test
    void skipsTheByteOrderMarkSomeEditorsWrite() {
        assertThat(RuleFileReader.read(new StringReader("\uFEFF[label X]\nexample = Hij is X.\n"), "school.txt"))
            .singleElement()
            .satisfies(block -> assertThat(block.id()).isEqualTo("X"));
    }

    @Nested
    class NamesTheFileAndLineOf {

        @Test
        void anUnknownKind() {
            assertThatThrownBy(() -> read("\n[dificit lui]\n")).hasMessageStartingWith("school.txt:2:")
                .hasMessageContaining("unknown kind 'dificit'");
        }

        @Test
        void anUnknownKey() {
            assertThatThrownBy(() -> read("[deficit lui]\nneeds = x\n")).hasMessageStartingWith("school.txt:2:")
                .hasMessageContaining("unknown key 'needs'");
        }

        @Test
        void aKeyOutsideABlock() {
            assertThatThrownBy(() -> read("need = x\n")).hasMessageStartingWith("school.txt:1:");
        }

        @Test
        void aDuplicateId() {
            assertThatThrownBy(() -> read("[label X]\n[label X]\n")).hasMessageStartingWith("school.txt:2:")
                .hasMessageContaining("duplicate");
        }

        @Test
        void anEmptyValue() {
            assertThatThrownBy(() -> read("[label X]\nwhen =\n")).hasMessageStartingWith("school.txt:2:");
        }

        @Test
        void anUnknownSetInAPattern() {
            assertThatThrownBy(() -> TokenPattern.compile("lui @nergens", Map.of(), "school.txt:7"))
                .hasMessageStartingWith("school.txt:7:")
                .hasMessageContaining("@nergens");
        }

        private List<RuleBlock> read(String text) {
            return RuleFileReader.read(new StringReader(text), "school.txt");
        }

    }

}
