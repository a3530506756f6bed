import { it } from 'vitest';
import { openCms, openEntry } from '../helpers/cms';
import { typeWithIme } from '../helpers/ime';

it('debug backup', { timeout: 300_000 }, async () => {
  const cms = await openCms();
  const { page, cdp } = cms;
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
  page.on('dialog', (d) => { console.log('DIALOG', d.type(), d.message()); void d.accept(); });
  await openEntry(cms, 'knowledge', 'hand-washing', '正确洗手：记住七步洗手法');
  await page.getByLabel('摘要', { exact: true }).click();
  await page.keyboard.press('End');
  await typeWithIme(page, cdp, '（重载前输入）');
  await page.waitForTimeout(4000);
  const keys = await page.evaluate(async () => {
    const open = indexedDB.open('localforage');
    const db: IDBDatabase = await new Promise((r) => (open.onsuccess = () => r(open.result)));
    const tx = db.transaction('keyvaluepairs');
    const req = tx.objectStore('keyvaluepairs').getAllKeys();
    return await new Promise((r) => (req.onsuccess = () => r(req.result)));
  }).catch((e) => String(e));
  console.log('KEYS', JSON.stringify(keys));
  await page.reload();
  await page.waitForTimeout(8000);
  console.log('SUMMARY', await page.getByLabel('摘要', { exact: true }).inputValue());
  await cms.close();
});
