package nl.hgw.bot.storage;

/**
 * Who runs a turn of a conversation right now, for {@link ConversationTurnLock}: a lease per
 * conversation, held by one turn at a time.
 */
public interface TurnLeases {

    /**
     * Takes the conversation's lease for {@code owner}; false while another turn holds it. May throw
     * a {@link com.mongodb.MongoException} when the leases live in a database that cannot be reached.
     */
    boolean tryTake(String conversation, String owner);

    /** Gives the lease back, if {@code owner} still holds it; never throws. */
    void giveBack(String conversation, String owner);
}
