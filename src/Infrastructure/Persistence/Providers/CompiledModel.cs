using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Enforcement.Infrastructure.Persistence.Providers;

/// <summary>
/// The model each provider compiled ahead of time (<c>Persistence/CompiledModels</c>, decision 25), so that a start does
/// not build it again from the configurations (about 0.7 s). The tools (<c>dotnet ef migrations add</c>,
/// <c>dbcontext optimize</c>) still build it from the configurations, which are its source; a test fails when the
/// compiled model no longer matches them, and <c>scripts/compile-models</c> writes it again.
/// </summary>
internal static class CompiledModel
{
    public static void Use(DbContextOptionsBuilder options, IModel model)
    {
        if (!EF.IsDesignTime)
        {
            options.UseModel(model);
        }
    }
}
