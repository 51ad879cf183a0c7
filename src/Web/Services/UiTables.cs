using Enforcement.Application.Common;
using Mediator;
using MudBlazor;

namespace Enforcement.Web.Services;

/// <summary>What every list page and every action does with a refusal: show it, and keep the page usable.</summary>
public static class UiTables
{
    /// <summary>
    /// One page of a list for a <see cref="MudTable{T}"/>'s server data: the query reads only that page. A refusal is
    /// reported (shown above the table) and the table is left empty; a success clears the last refusal. A list that stops
    /// counting at a cap reports it through <paramref name="capped"/>, so the pager can say "10,000+".
    /// </summary>
    public static async Task<TableData<T>> PageAsync<T>(
        this UiSender sender, IQuery<PagedResult<T>> query, Action<UiProblem?> report, CancellationToken cancellationToken, Action<bool>? capped = null)
    {
        try
        {
            var page = await sender.SendAsync(query, cancellationToken);
            report(null);
            capped?.Invoke(page.TotalIsCapped);
            return new TableData<T> { Items = page.Items, TotalItems = page.Total };
        }
        catch (Exception error) when (UiProblem.From(error) is { } problem)
        {
            report(problem);
            return new TableData<T> { Items = [], TotalItems = 0 };
        }
    }

    /// <summary>Runs a page's action; the refusal it met, or null when it succeeded.</summary>
    public static async Task<UiProblem?> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception error) when (UiProblem.From(error) is { } problem)
        {
            return problem;
        }
    }
}
