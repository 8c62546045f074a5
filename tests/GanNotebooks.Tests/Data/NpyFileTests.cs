using System.Text;
using GanNotebooks.Data;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Data;

public sealed class NpyFileTests
{
    [Theory]
    [InlineData(ScalarType.Float32)]
    [InlineData(ScalarType.Float64)]
    public void A_written_array_reads_back_unchanged(ScalarType type)
    {
        using var folder = new TempFolder();
        using var values = arange(15, type).reshape(5, 3).mul(0.25);

        NpyFile.Write(folder.File("a.npy"), values);
        using var read = NpyFile.Read(folder.File("a.npy"));

        Assert.Equal(type, read.dtype);
        Assert.Equal([5L, 3L], read.shape);
        Assert.True(read.eq(values).all().item<bool>());
        long dataBytes = 15 * (type == ScalarType.Float32 ? 4 : 8);
        Assert.Equal(0, (new FileInfo(folder.File("a.npy")).Length - dataBytes) % 64);
    }

    [Theory]
    [InlineData("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 2), }", "found '<i4'")]
    [InlineData("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", "found Fortran order")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", "found shape (4)")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }", "expected 24 data bytes")]
    public void Headers_it_cannot_read_are_refused_with_what_was_found(string header, string message)
    {
        using var folder = new TempFolder();
        string path = folder.File("bad.npy");
        byte[] text = Encoding.ASCII.GetBytes(header + "\n");
        File.WriteAllBytes(path, [0x93, .. "NUMPY"u8, 1, 0, (byte)text.Length, 0, .. text, .. new byte[16]]);

        var error = Assert.Throws<DataFileException>(() => NpyFile.Read(path));

        Assert.Contains(message, error.Message);
    }
}
