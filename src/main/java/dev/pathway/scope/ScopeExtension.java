package dev.pathway.scope;

import static dev.pathway.scope.ScopeExtensionModel.BASE_IMPLEMENTATION;
import static dev.pathway.scope.ScopeExtensionModel.BASE_IMPLEMENTATION_ID;
import static dev.pathway.scope.ScopeExtensionModel.EXTENDED_SCOPE_STATEMENT;

import dev.pathway.catalogue.Area;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.phase.ActivityRecord;
import dev.pathway.phase.ActivityRecordRepository;
import dev.pathway.process.ProcessVariable;
import dev.pathway.programme.CurrentState;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.startup.StartUpModel;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Clause 5.5: the extended scope follows the phased plan again, "normally faster as the service
 * provider ... may extend what has already been done". Each area's current state in the gap
 * analysis of the extended scope starts from what the current implementation recorded: established
 * when every activity of the area (in all phases) has been achieved or found not applicable, partly
 * when some have, none otherwise. The project team can change it.
 */
@Component("scopeExtension")
public class ScopeExtension implements JavaDelegate {

  /**
   * The same organisation: its provider name and its service and process owners carry over to the
   * extended scope.
   */
  private static final List<ProcessVariable<String>> CARRIED_FROM_BASE =
      List.of(
          ProgrammeModel.SERVICE_PROVIDER,
          ProgrammeModel.SERVICE_OWNERS,
          ProgrammeModel.PROCESS_OWNERS);

  private final Catalogue catalogue;
  private final BaseImplementations bases;
  private final ActivityRecordRepository records;

  ScopeExtension(Catalogue catalogue, BaseImplementations bases, ActivityRecordRepository records) {
    this.catalogue = catalogue;
    this.bases = bases;
    this.records = records;
  }

  /**
   * {@code ${scopeExtension.takeOverOrganisation(execution)}} on start: the implementation chosen
   * (its id, checked against the list offered by the start form) and what carries over from it, so
   * the extension is named after its service provider.
   */
  public void takeOverOrganisation(DelegateExecution execution) {
    String baseId = BASE_IMPLEMENTATION.get(execution);
    if (!bases.exists(baseId)) {
      throw new IllegalStateException("No implementation " + baseId);
    }
    BASE_IMPLEMENTATION_ID.set(execution, baseId);
    for (ProcessVariable<String> carried : CARRIED_FROM_BASE) {
      carried.set(execution, (String) bases.variable(baseId, carried.name()));
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    String baseId = BASE_IMPLEMENTATION_ID.get(execution);
    Map<String, ActivityRecord> latest =
        ActivityRecord.latestByActivity(records.ofImplementation(baseId));
    ProgrammeModel.SCOPE_STATEMENT.set(execution, EXTENDED_SCOPE_STATEMENT.get(execution));
    for (Area area : catalogue.areas()) {
      StartUpModel.currentStateOf(area).set(execution, stateOf(area, latest));
    }
  }

  static CurrentState stateOf(Area area, Map<String, ActivityRecord> latest) {
    long finished =
        area.activities().stream()
            .map(activity -> latest.get(activity.id()))
            .filter(record -> record != null && record.isFinished())
            .count();
    if (finished == 0) {
      return CurrentState.NONE;
    }
    return finished == area.activities().size() ? CurrentState.ESTABLISHED : CurrentState.PARTLY;
  }
}
