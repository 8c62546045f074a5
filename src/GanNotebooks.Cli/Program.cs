using System.CommandLine;
using GanNotebooks.Cli.Bench;
using GanNotebooks.Cli.Classification;
using GanNotebooks.Cli.Evaluation;
using GanNotebooks.Cli.Notebooks;
using GanNotebooks.Cli.Training;
using GanNotebooks.Runtime;

NativeAllocator.KeepLargeBlocks();

var root = new RootCommand("gan: the GanNotebooks course's command-line tool")
{
    NotebooksCommand.Create(),
    BenchCommand.Create(),
    TrainCommand.Create(),
    SampleCommand.Create(),
    TrainClassifierCommand.Create(),
    FidCommand.Create(),
    InceptionScoreCommand.Create(),
    KidCommand.Create(),
    FeaturesCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    string message = parse.Errors[0].Message.Replace(Environment.NewLine, " ").Replace("\t", "");
    Console.Error.WriteLine($"gan: {message} (see gan --help)");
    return 2;
}

try
{
    // Ctrl+C or SIGTERM cancels the command's token; a training step and its checkpoint get up
    // to 30 s to finish before the process ends.
    var invocation = new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
    };
    return await parse.InvokeAsync(invocation);
}
catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException
    or InvalidOperationException or UnauthorizedAccessException
    or GanNotebooks.Data.DataFileException)
{
    Console.Error.WriteLine($"gan: {e.Message.ReplaceLineEndings(" ")}");
    return 2;
}
