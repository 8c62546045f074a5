using System.CommandLine;

namespace GanNotebooks.Cli.Notebooks;

/// <summary><c>gan notebooks</c>: runs the course's notebooks headless, each on a fresh kernel.</summary>
public static class NotebooksCommand
{
    /// <summary>Builds the command.</summary>
    /// <returns>The <c>notebooks</c> command.</returns>
    public static Command Create()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "quick (small runs, minutes) or full (the results the prose describes)",
            DefaultValueFactory = _ => "quick",
        };
        mode.AcceptOnlyFromAmong("quick", "full");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Folder for the executed copies [default: artifacts/notebooks]",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Minutes one notebook may run before it is stopped",
            DefaultValueFactory = _ => 60,
        };
        var names = new Argument<string[]>("names")
        {
            Description = "Notebooks to run, by name or number prefix (e.g. 01); all when omitted",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var command = new Command("notebooks", "Run every notebook in order on a fresh kernel")
        {
            mode, output, timeout, names,
        };
        command.SetAction((result, cancellation) => RunAsync(
            result.GetValue(mode)!, result.GetValue(output), result.GetValue(timeout),
            result.GetValue(names) ?? [], cancellation));
        return command;
    }

    private static async Task<int> RunAsync(
        string mode, string? output, int timeoutMinutes, string[] names, CancellationToken cancellation)
    {
        if (timeoutMinutes < 1) throw new ArgumentException("--timeout must be at least 1 minute.");
        string root = RepositoryLayout.FindRoot();
        string outputFolder = output ?? Path.Combine(root, "artifacts", "notebooks");
        var runner = new NotebookRunner(
            Path.Combine(root, "notebooks"), outputFolder, mode, TimeSpan.FromMinutes(timeoutMinutes));
        var notebooks = runner.Select(names);

        await NotebookRunner.RestoreToolsAsync(root, cancellation);
        Console.WriteLine($"mode {mode} | {notebooks.Count} notebooks | executed copies in {outputFolder}");
        int passed = 0, failed = 0;
        foreach (var notebook in notebooks)
        {
            var result = await runner.RunAsync(notebook, cancellation);
            Console.WriteLine(result);
            if (result.Succeeded) passed++; else failed++;
        }
        Console.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
