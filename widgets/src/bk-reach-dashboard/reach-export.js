/**
 * Downloads a reach export (CSV or XLSX) through the shared download of the hub's files.
 */
import { downloadFile } from '../shared/download.js';

const EXPORT_TYPES = 'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Fetches `path` below `/api/v1/` and saves it; resolves to the file name used.
 * @param {{hub?: string, token?: unknown}} options
 * @param {string} path
 * @param {string} fallbackName used when the hub's Content-Disposition cannot be read (e.g. not exposed by CORS)
 * @throws {import('../shared/api-client.js').ApiProblem} for any non-2xx answer or an unreachable hub
 */
export function downloadExport(options, path, fallbackName) {
	return downloadFile(options, path, EXPORT_TYPES, fallbackName);
}
