using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Infrastructure.Identity;

/// <summary>
/// Refuses a password equal to the user name (also with digits and signs around it), one of digits only, or one on the list of common passwords shipped with the library
/// (<c>Identity/common-passwords.txt</c>: leaked-password lists, Latin and pinyin, and the words people dress up with
/// digits and signs).
/// Letter case does not make a common password uncommon. Identity applies it to every way a password is set:
/// creating a user, resetting a password and <c>create-admin</c>.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>
    /// On the list as it is, or once the digits and signs around a word are taken off: <c>Password1!</c> and
    /// <c>admin12345</c> are a common word with what every policy asks for added, and guessed as soon as it.
    /// </summary>
    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim()) || Common.Value.Contains(Word(password));

    /// <summary>
    /// The text without the digits, signs and spaces around its letters (<c>!!Password1!</c> → <c>Password</c>), where
    /// the word is at least half of it; otherwise the text itself: <c>4829173650abc</c> is not <c>abc</c> dressed up.
    /// </summary>
    private static string Word(string text)
    {
        var trimmed = text.Trim();
        var word = trimmed.Trim([.. trimmed.Where(c => !char.IsLetter(c)).Distinct()]);
        return word.Length * 2 >= trimmed.Length ? word : trimmed;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (user.UserName is { } name && (string.Equals(password.Trim(), name, StringComparison.OrdinalIgnoreCase)
            || (Word(name).Length > 0 && string.Equals(Word(password), Word(name), StringComparison.OrdinalIgnoreCase))))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordEqualsUserName", Description = "The password must not be the user name.",
            }));
        }

        if (password.All(char.IsAsciiDigit))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordDigitsOnly", Description = "A password of digits only is guessed too easily; add letters or words.",
            }));
        }

        return Task.FromResult(IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = "The password is on the list of common passwords; choose another." })
            : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Enforcement.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded list of common passwords is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
