package nl.hgw.nlp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.lexicon.RuleBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example and counter-example of the heading files, as LanguageTool runs its rule files. */
class ReportHeadingsTest {

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            ReportHeadings headings = ReportHeadings.load(language);
            for (RuleBlock block : headings.blocks()) {
                for (String example : block.all("example")) {
                    String[] parts = example.split("=>", 2);
                    all.add(Arguments.of(language, block.where(), block.one("field", ""), parts[0].strip(),
                            parts.length > 1 ? parts[1].strip() : null));
                }
                for (String counter : block.all("counter")) {
                    all.add(Arguments.of(language, block.where(), null, counter, null));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1}: {3}")
    @MethodSource("examples")
    void readsWhatItsExamplesSay(Language language, String where, String field, String paragraph, String value) {
        var read = ReportHeadings.load(language).read(paragraph);
        if (field == null) {
            assertThat(read).as("%s counter-example states nothing", where).isEmpty();
            return;
        }
        assertThat(value).as("%s example needs '=> value'", where).isNotNull();
        assertThat(read).as(where).isPresent();
        assertThat(read.get().field().name().toLowerCase()).isEqualTo(field);
        assertThat(read.get().value()).isEqualTo(value);
    }
}
