// Parley corlib: System.Random, the subtractive generator (Knuth's
// algorithm) that .NET Framework's Random documents and Mono 6.8 uses, so
// seeded sequences are Mono's.  The parameterless constructor seeds from a
// per-process counter (Mono seeds from the clock; programs cannot rely on
// either sequence).
using Parley.Runtime;

namespace System
{
    public class Random
    {
        const int MBIG = int.MaxValue;
        const int MSEED = 161803398;

        static int seedSource = 0x2545F491;

        int inext;
        int inextp;
        int[] seedArray = new int[56];

        public Random() : this(NextSeed())
        {
        }

        static int NextSeed()
        {
            seedSource = seedSource * 1103515245 + 12345;
            return seedSource & 0x7fffffff;
        }

        public Random(int Seed)
        {
            int subtraction = Seed == int.MinValue ? int.MaxValue : (Seed < 0 ? -Seed : Seed);
            int mj = MSEED - subtraction;
            seedArray[55] = mj;
            int mk = 1;
            for (int i = 1; i < 55; i++)
            {
                int ii = (21 * i) % 55;
                seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0)
                    mk += MBIG;
                mj = seedArray[ii];
            }
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    seedArray[i] -= seedArray[1 + (i + 30) % 55];
                    if (seedArray[i] < 0)
                        seedArray[i] += MBIG;
                }
            }
            inext = 0;
            inextp = 21;
        }

        int InternalSample()
        {
            int a = inext + 1;
            if (a >= 56)
                a = 1;
            int b = inextp + 1;
            if (b >= 56)
                b = 1;
            int r = seedArray[a] - seedArray[b];
            if (r == MBIG)
                r--;
            if (r < 0)
                r += MBIG;
            seedArray[a] = r;
            inext = a;
            inextp = b;
            return r;
        }

        protected virtual double Sample()
        {
            return InternalSample() * (1.0 / MBIG);
        }

        double LargeRangeSample()
        {
            int result = InternalSample();
            if (InternalSample() % 2 == 0)
                result = -result;
            double d = result;
            d += int.MaxValue - 1;
            d /= 2.0 * int.MaxValue - 1;
            return d;
        }

        public virtual int Next()
        {
            return InternalSample();
        }

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0)
                throw Msg.Range("'maxValue' must be greater than zero.", "maxValue");
            return (int)(Sample() * maxValue);
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue)
                throw Msg.Range("'minValue' cannot be greater than maxValue.", "minValue");
            long range = (long)maxValue - minValue;
            if (range <= int.MaxValue)
                return (int)(Sample() * range) + minValue;
            return (int)((long)(LargeRangeSample() * range) + minValue);
        }

        public virtual double NextDouble()
        {
            return Sample();
        }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null)
                throw Msg.NullArg("buffer");
            for (int i = 0; i < buffer.Length; i++)
                buffer[i] = (byte)(InternalSample() % 256);
        }
    }
}
