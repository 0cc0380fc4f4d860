import { List, Text } from "@mantine/core";
import { ApiError } from "../../api/client.ts";

/** The per-field errors of a refused import (`details: [{lokasi, pesan}]`), if the error has them. */
export function GalatIsian({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return null;
  const rincian = (
    error.details as { lokasi?: string; pesan?: string; formulir?: string; alasan?: string[] }[]
  ).slice(0, 50);
  return (
    <List size="sm" spacing={2}>
      {rincian.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from one answer
        <List.Item key={i}>
          <Text span ff="monospace" size="sm">
            {d.lokasi ?? d.formulir}
          </Text>
          : {d.pesan ?? d.alasan?.join(" ")}
        </List.Item>
      ))}
    </List>
  );
}
