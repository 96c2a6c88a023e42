package dev.pathway.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pathway.support.PathwayTest;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record or a vote written twice for one task means two completions at the same moment: a
 * conflict (which the completion's retry answers), not a database error.
 */
@PathwayTest
class RecordedOnceTest {

  @Autowired ActivityRecordRepository records;
  @Autowired GateRepository gates;

  @Test
  void aSecondRecordOfTheSameTaskIsAConflict() {
    String taskId = UUID.randomUUID().toString();
    ActivityRecord record =
        new ActivityRecord(
            taskId,
            "implementation-" + taskId,
            1,
            1,
            "incident-management-including-request-fulfilment",
            "incident-management-including-request-fulfilment.a",
            Outcome.ACHIEVED,
            "DOC-1",
            null,
            null,
            "ivan",
            Instant.now(),
            null);
    records.save(record);
    assertThatThrownBy(() -> records.save(record))
        .isInstanceOf(OptimisticLockingException.class)
        .hasMessage("Task " + taskId + " was completed by someone else at the same time");
    assertThat(records.ofImplementation("implementation-" + taskId)).hasSize(1);
  }

  @Test
  void aSecondVoteOfTheSameMemberOnAGateIsAConflict() {
    String gateId = UUID.randomUUID().toString();
    gates.saveVote(UUID.randomUUID().toString(), gateId, "bea", "approve", null, Instant.now());
    assertThatThrownBy(
            () ->
                gates.saveVote(
                    UUID.randomUUID().toString(), gateId, "bea", "approve", null, Instant.now()))
        .isInstanceOf(OptimisticLockingException.class)
        .hasMessage("A vote of bea on gate " + gateId + " was recorded at the same time");
  }
}
