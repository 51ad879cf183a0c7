// The one workflow, named for the aggregates that use it.
global using CaseWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.Cases.EnforcementCase, Enforcement.Application.Cases.CaseDetailDto>;
global using PreservationWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.Preservation.PreservationOrder, Enforcement.Application.Preservation.PreservationOrderDto>;
global using StaffWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.Staff.StaffMember, Enforcement.Application.Staff.StaffDto>;
global using LinkedUnitWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.LinkedUnits.LinkedUnit, Enforcement.Application.LinkedUnits.LinkedUnitDto>;
global using ObligationWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.Obligations.Obligation, Enforcement.Application.Obligations.ObligationDto>;
global using PetitionWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.Petitions.Petition, Enforcement.Application.Petitions.PetitionDto>;
global using PromptWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.PreEnforcement.PrePerformancePrompt, Enforcement.Application.PreEnforcement.PromptDto>;
global using TaskWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.Tasks.EnforcementTask, Enforcement.Application.Tasks.TaskDto>;
global using AssistanceWorkflow = Enforcement.Application.Common.Workflows.Workflow<
    Enforcement.Domain.Assistance.AssistanceRequest, Enforcement.Application.Assistance.AssistanceRequestDto>;
