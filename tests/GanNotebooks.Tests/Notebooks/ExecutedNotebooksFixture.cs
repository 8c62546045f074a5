using GanNotebooks.Cli;
using GanNotebooks.Cli.Notebooks;

namespace GanNotebooks.Tests.Notebooks;

/// <summary>
/// Runs every notebook once, in quick mode, each on a fresh kernel (as <c>gan notebooks</c>
/// does), and keeps the results for the tests that read them.
/// </summary>
public sealed class ExecutedNotebooksFixture : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "gan-notebooks-" + Guid.NewGuid().ToString("N"));

    public ExecutedNotebooksFixture()
    {
        var runner = new NotebookRunner(
            Path.Combine(RepositoryLayout.FindRoot(), "notebooks"), output, "quick", TimeSpan.FromMinutes(30));
        Results = runner.Select([])
            .Select(notebook => runner.RunAsync(notebook).GetAwaiter().GetResult())
            .ToDictionary(r => r.Name);
    }

    public IReadOnlyDictionary<string, NotebookResult> Results { get; }

    public void Dispose()
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }
}
