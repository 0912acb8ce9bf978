using System;
class BitConverterBytes { static void Main() {
  byte[] b = {1,2,3,4,5};
  try { BitConverter.ToInt32(b, 5); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  try { BitConverter.ToInt32(b, 2); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  try { BitConverter.ToInt32(b, -1); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  try { BitConverter.ToInt32(null, 0); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  try { BitConverter.ToString(b, 6); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  try { BitConverter.ToString(b, 2, 4); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  try { BitConverter.ToString(null); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  Console.WriteLine("[" + BitConverter.ToString(new byte[0]) + "]" + BitConverter.ToString(b, 4) + "|" + BitConverter.ToString(b, 1, 2));
  try { BitConverter.ToString(b, 5); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  try { BitConverter.ToString(b, 1, -1); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  Console.WriteLine("[" + BitConverter.ToString(new byte[0], 0) + "][" + BitConverter.ToString(b, 4, 0) + "]");
  Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(-123456789L)) + " " + BitConverter.ToString(BitConverter.GetBytes((short) -2)));
  Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(uint.MaxValue)) + " " + BitConverter.ToString(BitConverter.GetBytes(1e300)));
  byte[] all = BitConverter.GetBytes(0xFEDCBA9876543210UL);
  Console.WriteLine(BitConverter.ToUInt64(all, 0) + " " + BitConverter.ToInt64(all, 0) + " " + BitConverter.ToUInt32(all, 4) + " " + BitConverter.ToInt32(all, 4));
  Console.WriteLine(BitConverter.ToUInt16(all, 6) + " " + BitConverter.ToInt16(all, 6) + " " + all.GetType().Name);
  try { BitConverter.ToString(b, 5, 0); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
  Console.WriteLine(BitConverter.ToDouble(BitConverter.GetBytes(1.5), 0) + " " + BitConverter.ToSingle(BitConverter.GetBytes(2.5f), 0));
  Console.WriteLine(BitConverter.ToBoolean(new byte[]{0,2}, 1) + " " + BitConverter.ToChar(BitConverter.GetBytes('x'), 0) + " " + BitConverter.IsLittleEndian);
  Console.WriteLine(string.Join(",", BitConverter.GetBytes(true)));
}}
