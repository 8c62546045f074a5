using static TorchSharp.torch;

namespace GanNotebooks.Metrics;

/// <summary>
/// The Gram matrix X^T X of a tall matrix, computed block by block so that only the blocks on
/// and above the diagonal are multiplied; the blocks below are their transposes.
/// </summary>
/// <remarks>
/// NOTE: libtorch has no symmetric rank-k product (BLAS syrk), so a plain <c>X^T X</c> pays for
/// both triangles. With k column blocks this does k (k + 1) / 2 of the k^2 block products:
/// 10 of 16 for 2,048 columns in blocks of 512, which took 0.66 s against 0.87 s to 0.90 s for
/// the plain product of 10,000 x 2,048 float64 features here; blocks of 256 or 1,024 were
/// slower. Blocks are column views of X, which BLAS reads with X's row stride, so nothing is
/// copied before the products.
/// </remarks>
internal static class SymmetricGram
{
    /// <summary>Columns per block at which the products ran fastest on a 2-core CPU.</summary>
    private const int PreferredBlock = 512;

    /// <summary>Computes X^T X.</summary>
    /// <param name="matrix">X, [N, D], contiguous.</param>
    /// <returns>X^T X, [D, D], exactly symmetric.</returns>
    public static Tensor Of(Tensor matrix)
    {
        long dimension = matrix.shape[1];
        long count = Math.Max(1, dimension / PreferredBlock);
        if (count == 1)
        {
            using var product = matrix.t().mm(matrix);
            return product.add(product.t()).mul_(0.5);
        }

        long width = (dimension + count - 1) / count;
        var gram = empty(dimension, dimension, matrix.dtype);
        for (long row = 0; row < dimension; row += width)
        {
            long rows = Math.Min(width, dimension - row);
            using var left = matrix.narrow(1, row, rows).t();
            for (long column = row; column < dimension; column += width)
            {
                long columns = Math.Min(width, dimension - column);
                using var right = matrix.narrow(1, column, columns);
                using var product = left.mm(right);
                // A diagonal block comes out of BLAS symmetric only to round-off; averaging it
                // with its transpose makes it exact, as (a + b) / 2 = (b + a) / 2.
                using var block = column == row ? product.add(product.t()).mul_(0.5) : product.alias();
                using (var target = gram.narrow(0, row, rows).narrow(1, column, columns)) target.copy_(block);
                if (column == row) continue;

                using var mirror = gram.narrow(0, column, columns).narrow(1, row, rows);
                mirror.copy_(block.t());
            }
        }
        return gram;
    }
}
