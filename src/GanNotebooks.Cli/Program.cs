using System.CommandLine;
using GanNotebooks.Cli.Bench;
using GanNotebooks.Cli.Notebooks;

var root = new RootCommand("gan: the GanNotebooks course's command-line tool")
{
    NotebooksCommand.Create(),
    BenchCommand.Create(),
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
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException
    or InvalidOperationException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"gan: {e.Message}");
    return 2;
}
