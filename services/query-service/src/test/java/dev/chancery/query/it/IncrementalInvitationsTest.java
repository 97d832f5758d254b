package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.query.projection.Views.InvitationView;
import dev.chancery.query.read.InvitationQuery;
import dev.chancery.query.read.InvitationQuery.Answer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.chancery.query.it.Api.await;
import static dev.chancery.query.it.TestFacts.actor;
import static dev.chancery.query.it.TestFacts.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The current invitations computed from the previous answer equal those computed whole, and read again only the
 * events that changed: a new version, and a version arriving late behind an unchanged current one.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class IncrementalInvitationsTest {
    static final Instant T0 = Instant.parse("2025-11-01T12:00:00Z");

    @Inject
    InvitationQuery query;

    @Test
    void onlyChangedEventsAreReadAgainAndTheAnswerEqualsTheWholeOne() throws Throwable {
        String gathering = unique("gathering:incremental");
        String late = unique("ev-late");
        String other = unique("ev-other");
        DiplomaticEvent lateEvent = event(gathering);
        DiplomaticEvent otherEvent = event(gathering);
        Judgement invited = judgement(InvitationState.INVITED);
        Judgement accepted = judgement(InvitationState.ACCEPTED);
        FactPublisher.publish(TestFacts.verified(late, lateEvent, invited), T0);
        FactPublisher.publish(TestFacts.revised(late, 3, lateEvent, invited, invited), T0.plusSeconds(3600));
        FactPublisher.publish(TestFacts.verified(other, otherEvent, accepted), T0);
        await("both events", () -> whole(gathering).size() == 2 && row(whole(gathering), late).lastChangedAt()
                .equals(T0));

        Answer first = current(gathering, null);
        assertThat(first.eventsRead()).isEqualTo(2);
        assertThat(first.rows()).isEqualTo(whole(gathering));
        Answer unchanged = current(gathering, first);
        assertThat(unchanged.eventsRead()).as("nothing changed: nothing read again").isZero();
        assertThat(unchanged.rows()).isEqualTo(first.rows());

        // revision 2 arrives after revision 3: the current version stays, its status history does not
        FactPublisher.publish(TestFacts.revised(late, 2, lateEvent, invited, accepted), T0.plusSeconds(1800));
        await("the late revision", () -> row(whole(gathering), late).lastChangedAt().equals(T0.plusSeconds(3600)));
        Answer afterLate = current(gathering, unchanged);
        assertThat(afterLate.eventsRead()).as("only the event with the late version").isEqualTo(1);
        assertThat(afterLate.rows()).isEqualTo(whole(gathering));
        assertThat(row(afterLate.rows(), late).lastChangedAt()).isEqualTo(T0.plusSeconds(3600));

        Judgement declined = judgement(InvitationState.DECLINED);
        FactPublisher.publish(TestFacts.revised(other, 2, otherEvent, accepted, declined), T0.plusSeconds(7200));
        await("the new version", () -> "DECLINED".equals(row(whole(gathering), other).status()));
        Answer afterNew = current(gathering, afterLate);
        assertThat(afterNew.eventsRead()).isEqualTo(1);
        assertThat(afterNew.rows()).isEqualTo(whole(gathering));
        assertThat(row(afterNew.rows(), late)).as("taken from the previous answer")
                .isSameAs(row(afterLate.rows(), late));
    }

    private static DiplomaticEvent event(String gathering) {
        return new DiplomaticEvent(ClaimType.INVITATION, List.of(
                actor("person:" + unique("host"), ActorRole.INVITER, "BRA"),
                actor("person:" + unique("guest"), ActorRole.INVITEE, "NOR")), gathering, null);
    }

    private static Judgement judgement(InvitationState state) {
        return TestFacts.judgement(Verdict.REPORTED, state, List.of(), List.of());
    }

    private Answer current(String gathering, Answer previous) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> query.current(gathering, previous));
    }

    private List<InvitationView> whole(String gathering) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> query.at(gathering, Instant.now()));
        } catch (Throwable e) {
            throw new AssertionError("invitations of " + gathering, e);
        }
    }

    private static InvitationView row(List<InvitationView> rows, String eventId) {
        return rows.stream().filter(r -> r.eventId().equals(eventId)).findFirst().orElseThrow();
    }
}
