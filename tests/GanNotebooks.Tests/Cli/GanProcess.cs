using System.Diagnostics;
using GanNotebooks.Cli;

namespace GanNotebooks.Tests.Cli;

/// <summary>Runs the built <c>gan</c> tool in its own process, from the repository root.</summary>
internal static class GanProcess
{
    public static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"gan {string.Join(' ', arguments)} ran over 10 minutes.");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts the tool and returns at once; its output is read and dropped.</summary>
    public static Process Start(params string[] arguments)
    {
        var process = Process.Start(StartInfo(arguments))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(string[] arguments)
    {
        string root = RepositoryLayout.FindRoot();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(root, "artifacts", "bin", "GanNotebooks.Cli", "debug", "gan.dll"));
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }
}
