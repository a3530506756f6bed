import type { APIRoute } from 'astro';
import { getSmsTexts } from '../../data/sms';

/**
 * Approved SMS texts as plain text (signature included), for pasting into a sending platform. A blank line
 * separates messages, so a message that itself has a line break stays whole.
 */
export const GET: APIRoute = async () => {
  const lines = (await getSmsTexts()).map((sms) => sms.text);
  return new Response(`${lines.join('\r\n\r\n')}\r\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
