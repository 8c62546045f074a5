using static TorchSharp.torch;

namespace GanNotebooks.Toy;

/// <summary>Conversions between rows of points and float32 tensors.</summary>
internal static class ToyTensors
{
    /// <summary>[N, d] doubles to a float32 tensor [N, d].</summary>
    public static Tensor FromPoints(double[,] points)
    {
        int rows = points.GetLength(0), columns = points.GetLength(1);
        var flat = new float[rows * columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                flat[i * columns + j] = (float)points[i, j];
        return tensor(flat, [rows, columns]);
    }

    /// <summary>A tensor [N, d] to doubles [N, d].</summary>
    public static double[,] ToPoints(Tensor values)
    {
        using var cpu = values.detach().cpu().to_type(ScalarType.Float32).contiguous();
        int rows = (int)cpu.shape[0], columns = (int)cpu.shape[1];
        float[] flat = cpu.data<float>().ToArray();
        var points = new double[rows, columns];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                points[i, j] = flat[i * columns + j];
        return points;
    }
}
