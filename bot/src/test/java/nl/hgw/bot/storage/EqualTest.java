package nl.hgw.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.hgw.dialogs.pupil.TeamScope;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class EqualTest {

    @Test
    void fieldsAreOnePlainDocumentInTheirOrderNotAnAnd() {
        BsonDocument filter = Equal.fields("_id", "k", "eTag", "e1").toBsonDocument();

        assertThat(filter).isEqualTo(BsonDocument.parse("{_id: 'k', eTag: 'e1'}"));
        assertThat(filter.keySet()).containsExactly("_id", "eTag");
    }

    @Test
    void aTeamIsItsTenantAndTeamIds() {
        assertThat(Equal.team(new TeamScope("tenant-1", "team-a")).toBsonDocument())
            .isEqualTo(BsonDocument.parse("{tenantId: 'tenant-1', teamId: 'team-a'}"));
    }

    @Test
    void namesAndValuesComeInPairs() {
        assertThatThrownBy(() -> Equal.fields("_id")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Equal.fields("a", 1, "a", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
