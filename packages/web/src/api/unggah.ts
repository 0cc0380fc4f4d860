import { ApiError, apiHeaders } from "./client.ts";

/**
 * Multipart upload with progress. `fetch` cannot report upload progress, so
 * this uses XMLHttpRequest; headers (CSRF, language) are the same as `api()`.
 */
export function unggahBerkas<T>(url: string, file: File, onProgres: (fraksi: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.withCredentials = true;
    apiHeaders("POST").forEach((v, k) => {
      xhr.setRequestHeader(k, v);
    });
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgres(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, "JARINGAN", ""));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
        ?.error;
      reject(
        new ApiError(
          xhr.status,
          err?.code ?? `HTTP_${xhr.status}`,
          err?.message ?? xhr.statusText,
          err?.details,
        ),
      );
    };
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}
