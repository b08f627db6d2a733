import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { apiSend, isApiError } from "../api/client.ts";
import { incidentsKey, type ReportBody } from "./api.ts";

const KEY = "bulwark.queuedReports";

function read(): ReportBody[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "[]") as ReportBody[];
  } catch {
    return [];
  }
}

function write(reports: ReportBody[]): void {
  localStorage.setItem(KEY, JSON.stringify(reports));
  window.dispatchEvent(new Event(KEY));
}

/** Did the report fail because the device is offline (not because the server refused it)? */
export const isOffline = (error: unknown) => !navigator.onLine || isApiError(error, "network");

/** Keeps a report that could not be sent on the device, to go out as soon as the network is back. */
export function queueReport(body: ReportBody): void {
  write([...read(), body]);
}

/**
 * The reports waiting on this device; sends them when the network comes back (and when a page using this
 * mounts), one by one, each taken off the queue once the server has it.
 */
export function useQueuedReports(): number {
  const queryClient = useQueryClient();
  const [count, setCount] = useState(() => read().length);
  useEffect(() => {
    let sending = false;
    const flush = async () => {
      if (sending || !navigator.onLine) return;
      sending = true;
      try {
        for (const body of read()) {
          try {
            await apiSend("POST", "/api/incidents", body);
          } catch (error) {
            if (isOffline(error)) break;
            // Refused for good (e.g. the category was switched off): dropping it beats retrying forever.
          }
          write(read().slice(1));
        }
      } finally {
        sending = false;
        await queryClient.invalidateQueries({ queryKey: incidentsKey });
      }
    };
    const recount = () => setCount(read().length);
    window.addEventListener("online", flush);
    window.addEventListener(KEY, recount);
    void flush();
    return () => {
      window.removeEventListener("online", flush);
      window.removeEventListener(KEY, recount);
    };
  }, [queryClient]);
  return count;
}
