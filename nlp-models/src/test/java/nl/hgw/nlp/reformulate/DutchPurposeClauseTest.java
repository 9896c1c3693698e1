package nl.hgw.nlp.reformulate;

import static org.assertj.core.api.Assertions.assertThat;

import nl.hgw.nlp.Language;
import nl.hgw.nlp.analysis.TextAnalyzer;
import nl.hgw.nlp.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchPurposeClauseTest {

    private static DutchPurposeClause purpose;

    @BeforeAll
    static void load() {
        TextAnalyzer analyzer = Reformulator.dutchAnalyzer();
        purpose = new DutchPurposeClause(analyzer, Lexicon.builtIn(Language.DUTCH));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de rekeninstructie volgen en daarna zelfstandig aan de slag gaan | om de rekeninstructie te volgen en daarna zelfstandig aan de slag te gaan
            zijn werkplek aan het eind van de les opruimen | om zijn werkplek aan het eind van de les op te ruimen
            met de groep meedoen | om met de groep mee te doen
            hulp vragen aan een klasgenoot als ze vastloopt | om hulp te vragen aan een klasgenoot als ze vastloopt
            de tafels van 6 tot en met 9 foutloos opzeggen | om de tafels van 6 tot en met 9 foutloos op te zeggen
            woorden met -ig en -lijk goed schrijven | om woorden met -ig en -lijk goed te schrijven
            zelfstandig kunnen werken | om zelfstandig te kunnen werken
            Om haar weektaak inplannen. | om haar weektaak in te plannen
            de groep krijgt elke dag een duidelijke dagstart | zodat de groep elke dag een duidelijke dagstart krijgt
            op de toets breuken minstens 7 van de 10 goed | om dit doel te halen: op de toets breuken minstens 7 van de 10 goed
            een werkblad over de seizoenen in vier delen afmaken | om een werkblad over de seizoenen in vier delen af te maken
            de delen oefenen | om de delen te oefenen
            Milou ruimt haar tafel op | zodat Milou haar tafel opruimt
            Milou maakt haar rekentaak af tijdens de rekenles | zodat Milou haar rekentaak tijdens de rekenles afmaakt
            Sem komt op tijd in de klas | zodat Sem op tijd in de klas komt
            een verloren potje rustig uitspelen | om een verloren potje rustig uit te spelen
            in de klassenapp alleen berichten sturen | om in de klassenapp alleen berichten te sturen
            bij een toets eigen antwoorden opschrijven | om bij een toets eigen antwoorden op te schrijven
            zelfstandig doorwerken aan zijn weektaak | om zelfstandig door te werken aan zijn weektaak
            leren lezen en blijven zitten | om te leren lezen en te blijven zitten
            stil zijn tijdens de instructie | om stil te zijn tijdens de instructie
            in de kring luisteren naar een klasgenoot en daarna een vraag stellen | om in de kring te luisteren naar een klasgenoot en daarna een vraag te stellen
            met woorden zeggen dat hij iets wil hebben | om met woorden te zeggen dat hij iets wil hebben
            zijn jas dichtritsen en zijn schoenen aantrekken voor het buitenspelen | om zijn jas dicht te ritsen en zijn schoenen aan te trekken voor het buitenspelen
            drie keer per week verlengde instructie geven | om drie keer per week verlengde instructie te geven
            elke ochtend zijn rekentaak van die dag afmaken | om elke ochtend zijn rekentaak van die dag af te maken
            in de rij lopen met zijn handen bij zich | om in de rij te lopen met zijn handen bij zich
            met pictokaarten laten zien wat ze wil vragen | om met pictokaarten te laten zien wat ze wil vragen
            om drie uur met haar tas klaarstaan | om dit doel te halen: om drie uur met haar tas klaarstaan
            haar taak afmaken | om dit doel te halen: haar taak afmaken
            het zeggen als hij iets niet snapt | om het te zeggen als hij iets niet snapt
            zelfstandig werken of hulp vragen | om zelfstandig te werken of hulp te vragen
            Roos ruimt haar tafel op | zodat Roos haar tafel opruimt
            Een kind krijgt elke dag een taak | zodat een kind elke dag een taak krijgt
            """)
    void writesAGoalAsAPurposeClause(String goal, String expected) {
        assertThat(purpose.of(goal)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "''", "'   '" })
    void writesNothingWithoutAGoal(String goal) {
        assertThat(purpose.of(goal)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void writesNothingForNoGoalAtAll() {
        assertThat(purpose.of(null)).isEmpty();
    }

}
