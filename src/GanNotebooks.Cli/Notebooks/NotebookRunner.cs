using System.Diagnostics;

namespace GanNotebooks.Cli.Notebooks;

/// <summary>
/// Runs notebooks headless, each in a fresh kernel process (dotnet-repl from the repository's
/// tool manifest), and writes the executed copies with their outputs.
/// </summary>
public sealed class NotebookRunner
{
    private readonly string notebooksFolder;
    private readonly string outputFolder;
    private readonly string mode;
    private readonly TimeSpan timeout;
    private static readonly Lock RestoreGate = new();
    private static Task? restored;

    /// <summary>Creates a runner.</summary>
    /// <param name="notebooksFolder">The folder holding the .ipynb files.</param>
    /// <param name="outputFolder">Where executed copies are written; created if missing.</param>
    /// <param name="mode">The course mode passed to the notebooks: <c>quick</c> or <c>full</c>.</param>
    /// <param name="timeout">The longest one notebook may run before it is stopped.</param>
    public NotebookRunner(string notebooksFolder, string outputFolder, string mode, TimeSpan timeout)
    {
        if (!Directory.Exists(notebooksFolder))
        {
            throw new DirectoryNotFoundException($"Notebook folder not found: {notebooksFolder}");
        }
        this.notebooksFolder = Path.GetFullPath(notebooksFolder);
        this.outputFolder = Path.GetFullPath(outputFolder);
        this.mode = mode;
        this.timeout = timeout;
    }

    /// <summary>
    /// The notebooks to run, in course order. With no names, every notebook; otherwise those whose
    /// file name starts with one of the names (<c>01</c> or <c>01-generator-and-discriminator</c>).
    /// </summary>
    /// <param name="names">Names or prefixes; empty for all.</param>
    /// <returns>Full paths, sorted by name.</returns>
    /// <exception cref="ArgumentException">A name matches no notebook.</exception>
    public IReadOnlyList<string> Select(IReadOnlyCollection<string> names)
    {
        var all = Directory.GetFiles(notebooksFolder, "*.ipynb")
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0) return all;

        foreach (var name in names)
        {
            if (!all.Any(p => Matches(p, name)))
            {
                string known = string.Join(", ", all.Select(Path.GetFileNameWithoutExtension));
                throw new ArgumentException($"No notebook matches '{name}'; the notebooks are {known}.");
            }
        }
        return all.Where(p => names.Any(n => Matches(p, n))).ToList();
    }

    /// <summary>
    /// Restores the kernel tools of the repository's manifest (<c>dotnet tool restore</c>), which
    /// a fresh clone lacks; fast when they are there already.
    /// </summary>
    /// <param name="root">A folder at or below the one holding <c>.config/dotnet-tools.json</c>.</param>
    /// <param name="cancellation">Stops the restore.</param>
    /// <exception cref="InvalidOperationException">The restore failed; the message holds its log.</exception>
    public static async Task RestoreToolsAsync(string root, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet", "tool restore")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start 'dotnet tool restore'.");
        string log = await process.StandardOutput.ReadToEndAsync(cancellation)
            + await process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'dotnet tool restore' failed: {log.Trim()}");
        }
    }

    /// <summary>Runs one notebook in a fresh kernel and reads back its executed copy.</summary>
    /// <param name="notebookPath">The .ipynb to run.</param>
    /// <param name="cancellation">Stops the run.</param>
    /// <returns>What happened.</returns>
    public async Task<NotebookResult> RunAsync(string notebookPath, CancellationToken cancellation = default)
    {
        string name = Path.GetFileNameWithoutExtension(notebookPath);
        string executed = Path.Combine(outputFolder, Path.GetFileName(notebookPath));
        Directory.CreateDirectory(outputFolder);
        File.Delete(executed);
        int cells = ExecutedNotebook.Load(notebookPath).CodeCells;
        await EnsureToolsRestoredAsync();

        var clock = Stopwatch.StartNew();
        var (exitCode, log) = await RunKernelAsync(notebookPath, executed, cancellation);
        var elapsed = clock.Elapsed;

        if (exitCode is null)
        {
            return new NotebookResult(name, cells, elapsed, executed,
                Error: $"stopped after {timeout.TotalMinutes:F0} minutes");
        }
        if (!File.Exists(executed))
        {
            return new NotebookResult(name, cells, elapsed, executed,
                Error: $"dotnet repl exited with {exitCode} and wrote no output: {LastLine(log)}");
        }
        var error = ExecutedNotebook.Load(executed).FirstError();
        if (error is { } e) return new NotebookResult(name, cells, elapsed, executed, e.Cell, e.Message);
        if (exitCode != 0)
        {
            return new NotebookResult(name, cells, elapsed, executed,
                Error: $"dotnet repl exited with {exitCode}: {LastLine(log)}");
        }
        return new NotebookResult(name, cells, elapsed, executed);
    }

    // A fresh clone has no dotnet-repl yet; restore once per process, whoever runs first.
    private Task EnsureToolsRestoredAsync()
    {
        lock (RestoreGate)
        {
            return restored ??= RestoreToolsAsync(notebooksFolder, CancellationToken.None);
        }
    }

    private async Task<(int? ExitCode, string Log)> RunKernelAsync(
        string notebookPath, string executed, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = notebooksFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[] { "repl", "--run", notebookPath, "--exit-after-run",
                     "--output-path", executed })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["GAN_NOTEBOOKS_MODE"] = mode;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start 'dotnet repl'.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var errors = process.StandardError.ReadToEndAsync(cancellation);

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellation.ThrowIfCancellationRequested();
            return (null, "");
        }
        return (process.ExitCode, await output + await errors);
    }

    private static bool Matches(string path, string name) =>
        Path.GetFileNameWithoutExtension(path).StartsWith(
            Path.GetFileNameWithoutExtension(name), StringComparison.OrdinalIgnoreCase);

    private static string LastLine(string log) =>
        log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault() ?? "(no output)";
}
