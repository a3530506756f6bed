import Callout from './components/Callout.astro';
import Figure from './components/Figure.astro';
import Gallery from './components/Gallery.astro';
import Hotline from './components/Hotline.astro';
import Poster from './components/Poster.astro';
import Question from './components/Question.astro';
import QuestionList from './components/QuestionList.astro';
import Steps from './components/Steps.astro';
import Video from './components/Video.astro';
import type { ComponentName } from './vocabulary';

/**
 * The only components an MDX article can reach: passed as `components` when an entry is rendered
 * (`<Content components={mdxComponents} />`). A name the vocabulary declares must have one here.
 */
export const mdxComponents = {
  提示: Callout,
  步骤: Steps,
  热线: Hotline,
  海报: Poster,
  问答: QuestionList,
  问: Question,
  视频: Video,
  图组: Gallery,
  图: Figure,
} satisfies Record<ComponentName, unknown>;
