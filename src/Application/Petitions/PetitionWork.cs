using Enforcement.Application.Common.Workflows;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Petitions;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Petitions;

/// <summary>
/// The petition's change paths: the endpoint's policy names the role (Reception for the steps, a Leader for the
/// extension); a note is further limited by <see cref="PetitionReader"/> to the petitions the writer may read.
/// Every change answers with the petition as the writer may see it.
/// </summary>
public sealed class PetitionWork(PetitionWorkflow workflow, PetitionReader reader, IOptions<PetitionOptions> options)
{
    public PetitionRules Rules => options.Value.ToRules();

    public async ValueTask<PetitionDto> ChangeAsync(AggregateCommand command, Action<Petition, ChangeContext> change, CancellationToken cancellationToken) =>
        await reader.PresentAsync(await workflow.ChangeAsync(command, change, cancellationToken, checkAccess: false), auditRead: false, cancellationToken);

    public async ValueTask<PetitionDto> ChangeWithReadsAsync(
        AggregateCommand command, Func<Petition, ChangeContext, CancellationToken, Task> change, CancellationToken cancellationToken) =>
        await reader.PresentAsync(await workflow.ChangeWithReadsAsync(command, change, cancellationToken, checkAccess: false), auditRead: false, cancellationToken);

    /// <summary>A change by someone the petition must be readable to (an officer's note).</summary>
    public ValueTask<PetitionDto> ChangeReadableAsync(AggregateCommand command, Action<Petition, ChangeContext> change, CancellationToken cancellationToken) =>
        ChangeWithReadsAsync(command, async (petition, context, ct) =>
        {
            await reader.EnsureMayReadAsync(petition, ct);
            change(petition, context);
        }, cancellationToken);
}
