/* The bench's large bank: 10,000 generated questions loaded by the game and by xmllint. */
#ifndef HEROCITY_BENCH_LARGE_H
#define HEROCITY_BENCH_LARGE_H

/* Writes the bank into data_dir, then times loading it (read, parse, schema, checks) with
 * load_helper (herocity_bench_load), `xmllint --noout --schema` and `herocity --validate`
 * (with the font check), each in processes of its own, and prints the median time and the
 * peak memory of each. */
void bench_large_bank(const char *schema, const char *data_dir, const char *load_helper,
                      const char *herocity);

#endif
