/** For the komunitas component tests: the agency of the session, and the server as a form sees it. */
import { tiruServer } from "./dom.tsx";

export const IID = "00000000-0000-4000-8000-000000000001";

/** What `useSession()` answers in these tests (the tests mock `src/auth/session.tsx` with it). */
export const sesiUji = (peran: string[]) => ({ instansi: { id: IID, kode: "KAB-X", peran } });

/** Every write answered by `jawab` (after `tunda`, if given), every read by an empty page; the writes are recorded. */
export function server(jawab: () => Response, tunda?: Promise<void>) {
  const kiriman: { metode: string; url: string; body: unknown }[] = [];
  tiruServer(async (req) => {
    // the pages call the older api() client: fetch(url, init) with a relative URL
    if (req.method === "GET") return Response.json({ items: [], total: 0, page: 1, pageSize: 20 });
    kiriman.push({ metode: req.method, url: new URL(req.url).pathname, body: await req.json() });
    await tunda;
    return jawab();
  });
  return kiriman;
}

/** A promise the test releases when it chooses: the server's answer waits for it. */
export function ditahan() {
  let lepas = () => {};
  const tunda = new Promise<void>((r) => {
    lepas = r;
  });
  return { tunda, lepas };
}

/** The server's refusal of one field (docs/api.md "Errors"). */
export const tolak = (path: string, pesan: string) => () =>
  Response.json(
    {
      error: {
        code: "VALIDASI",
        message: "Data tidak valid.",
        details: [{ lokasi: "body", path, kode: "custom", pesan }],
      },
    },
    { status: 400 },
  );
