import { describe, expect, it } from 'vitest';
import { chineseVoice, speakableChunks } from '../../src/lib/read-aloud';

describe('chineseVoice', () => {
  it('prefers Mandarin as spoken in mainland China, then any Chinese voice, and never another language', () => {
    expect(chineseVoice([{ lang: 'en-US' }, { lang: 'zh-HK' }, { lang: 'zh_CN' }])).toEqual({ lang: 'zh_CN' });
    expect(chineseVoice([{ lang: 'en-US' }, { lang: 'zh-TW' }])).toEqual({ lang: 'zh-TW' });
    expect(chineseVoice([{ lang: 'cmn-Hans-CN' }])).toEqual({ lang: 'cmn-Hans-CN' });
    expect(chineseVoice([{ lang: 'en-US' }, { lang: 'ja-JP' }])).toBeUndefined();
    expect(chineseVoice([])).toBeUndefined();
  });
});

describe('speakableChunks', () => {
  it('splits at lines and sentence ends, folding white space', () => {
    expect(speakableChunks(['正确洗手', '怎样洗手\n\n用流动水洗手。每次不少于20秒！  别忘了   手腕？'])).toEqual([
      '正确洗手',
      '怎样洗手',
      '用流动水洗手。',
      '每次不少于20秒！',
      '别忘了 手腕？',
    ]);
  });

  it('cuts a sentence that would be too long for one utterance', () => {
    const chunks = speakableChunks(['长'.repeat(300) + '。']);
    expect(chunks.map((chunk) => chunk.length)).toEqual([120, 120, 61]);
  });

  it('gives nothing for empty text', () => {
    expect(speakableChunks(['', '  \n '])).toEqual([]);
  });
});
