using Enforcement.Application.Common;
using FluentValidation;
using Mediator;

namespace Enforcement.Application.Behaviors;

/// <summary>
/// Checks the message's texts and dates (<see cref="InputHygiene"/>) and runs every FluentValidation validator of it
/// before its handler; failures become one 400.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>(InputHygiene.Check(message));
        if (message is IPagedQuery paged)
        {
            failures.AddRange(Paging.Check(paged));
        }
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
