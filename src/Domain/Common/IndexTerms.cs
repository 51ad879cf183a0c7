namespace Enforcement.Domain.Common;

/// <summary>
/// What a fragment asks of the fragment index (<see cref="SearchText.Terms"/>): each word's pairs of characters, in order,
/// and its number tokens.
/// </summary>
public sealed record IndexTerms(IReadOnlyList<IReadOnlyList<string>> Words, IReadOnlyList<string> Numbers);
