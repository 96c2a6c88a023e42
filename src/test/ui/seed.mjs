// Seeding an implementation over the engine REST API as the demo role holders do: the start form, the start-up
// project of Annex A and the plan of Phase 1. Used by activity-e2e.mjs and stored-text-inert.mjs.

export class SeedError extends Error {}

/** The REST helpers for the Pathway at `base`; `text(field, value)` may replace any text the people enter. */
export function seeder(base, text = (field, value) => value) {
  async function rest(method, pathname, user, body) {
    const response = await fetch(`${base}/engine-rest${pathname}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64'),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.text();
    if (!response.ok) throw new SeedError(`${method} ${pathname} as ${user}: HTTP ${response.status} ${answer.slice(0, 300)}`);
    return answer ? JSON.parse(answer) : null;
  }

  function typed(values) {
    const variables = {};
    for (const [name, value] of Object.entries(values)) {
      if (Array.isArray(value)) variables[name] = { value: JSON.stringify(value), type: 'Json' };
      else if (typeof value === 'boolean') variables[name] = { value, type: 'Boolean' };
      else if (typeof value === 'number') variables[name] = { value, type: 'Long' };
      else variables[name] = { value: text(name, value), type: 'String' };
    }
    return variables;
  }

  const AREAS = ['ManagementResponsibility', 'DocumentAndRecordManagement', 'CompetenceAwarenessAndTraining',
    'PlanTheSmsAndTheService', 'ImplementTheSmsAndProvideTheService', 'MonitorMeasureReviewAndInternalAudit',
    'ImprovementProgramme', 'NewOrChangedServices', 'ServiceLevelManagement', 'ServiceReporting',
    'ServiceContinuityAndAvailabilityManagement', 'BudgetingAndAccountingForServices', 'CapacityManagement',
    'InformationSecurityManagement', 'BusinessRelationshipManagement', 'SupplierManagement',
    'IncidentManagementIncludingRequestFulfilment', 'ProblemManagement', 'ConfigurationManagement',
    'ChangeManagement', 'ReleaseManagementIncludingDeploymentOfTheRelease'];

  /** The start-up project of Annex A, as the project team and top management answer it over REST. */
  async function seedToPhase1(businessKey) {
    await rest('POST', '/process-definition/key/sms-implementation/submit-form', 'tina', {
      businessKey,
      variables: typed({ serviceProvider: 'Northwind IT Services', scopeStatement: 'Managed workplace and hosting in the EU',
        servicesInScope: 'Managed workplace; Hosting', customersInScope: 'Contoso Ltd', suppliersInScope: 'DataCentre Partners',
        targetEndPhase1: '2027-03-31' }),
    });
    const done = async (user, key, values) => {
      const [task] = await rest('GET', `/task?processInstanceBusinessKey=${encodeURIComponent(businessKey)}&taskDefinitionKey=${key}`, 'demo');
      if (!task) throw new SeedError(`no open task ${key} for ${businessKey}`);
      await rest('POST', `/task/${task.id}/submit-form`, user, { variables: typed(values) });
    };
    const gap = { gapSmsStatus: 'No formal SMS', gapDocumentsAndRecords: 'Incident procedure v0.3', gapServiceLevels: '99.2 %',
      gapStaff: '14 staff', gapStatutoryRequirements: 'GDPR', gapWorkingPractices: 'Tickets', gapDocumentsInPlace: ['procedures'] };
    for (const area of AREAS) gap[`currentState${area}`] = 'none';
    await done('tina', 'understandingOfIso20000', { principlesUnderstood: true, scopeStatement: 'Managed workplace and hosting in the EU', applicability: 'All requirements apply' });
    await done('paul', 'gapAnalysisBusinessCase', { gapAnalysisBusinessCase: 'Two-week gap analysis', gapAnalysisCost: 18000 });
    await done('tina', 'gapAnalysisBusinessCaseDecision', { gapAnalysisApproval: 'approved', gapAnalysisFunding: 18000 });
    await done('paul', 'gapAnalysis', gap);
    await done('paul', 'implementationBusinessCase', { bcObjectives: 'Certify', bcConformityReview: 'formal-certification', bcScope: 'Hosting',
      bcTimescales: '18 months', bcResources: 'Project leader 50 %', bcRisks: 'Migration', bcGovernance: 'Board, monthly',
      costPhase1: 40000, costPhase2: 55000, costPhase3: 35000, benefitsByPhase: 'Fewer repeat incidents' });
    await done('tina', 'implementationBusinessCaseDecision', { implementationApproval: 'approved', projectSponsors: 'COO', smsCommitment: true,
      governanceGroup: 'COO and heads of service', governanceTermsOfReference: 'Directs the project', governanceGroupEstablished: true,
      projectLeader: 'paul', projectTeam: 'Paul Okafor, Pia Lindqvist' });
    await done('paul', 'implementationPlan', { planTimescales: 'Jan-Mar', serviceOwners: 'Sofia Reyes', processOwners: 'Ivan Petrov',
      readinessConsiderations: ['timeframe', 'resources', 'finances', 'risks', 'output-recipients', 'maturity', 'receptiveness',
        'communication', 'procurement', 'review-procedures'], planBasedOnGapAnalysis: true });
    await done('tina', 'implementationPlanDecision', { planAgreement: 'approved', topManagementCommitted: true,
      fundsAndResourcesAvailable: true, resourcesCommitted: 'Budget released' });
    await done('paul', 'phasePlanAdjustment', { planAdjustmentNotes: 'Confirmed', planConfirmed: true });
  }

  return { rest, typed, seedToPhase1 };
}
