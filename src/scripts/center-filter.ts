/**
 * Progressive enhancement of the practice-center directory: the filter form (hidden without
 * JavaScript, where the static pages by district, level and service do the job) shows only the
 * centers that match all three choices, and keeps them in the address so a filtered list can be shared.
 */

const form = document.querySelector<HTMLFormElement>('[data-center-filter]');

if (form) {
  const cards = [...document.querySelectorAll<HTMLElement>('.center-card')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-center-group]')];
  const result = form.querySelector<HTMLElement>('[data-center-result]')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  const apply = () => {
    const district = field('district').value;
    const level = field('level').value;
    const service = field('service').value;
    let shown = 0;
    for (const card of cards) {
      const match =
        (!district || card.dataset.district === district) &&
        (!level || card.dataset.level === level) &&
        (!service || (card.dataset.services ?? '').split(' ').includes(service));
      card.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('.center-card:not([hidden])');
    result.textContent = shown > 0 ? `共 ${shown} 个文明实践阵地` : '没有符合条件的文明实践阵地，请调整筛选条件。';
    // Only the filter's own parameters change; others (?pagefind-highlight=…) stay for their scripts.
    const query = new URLSearchParams(location.search);
    for (const [name, value] of new FormData(form)) {
      if (value === '') query.delete(name);
      else query.set(name, String(value));
    }
    history.replaceState(null, '', `${query.size > 0 ? `?${query}` : location.pathname}${location.hash}`);
  };

  // Start from the address, so a shared link opens filtered.
  const params = new URLSearchParams(location.search);
  for (const name of ['district', 'level', 'service']) {
    const value = params.get(name);
    if (value && [...field(name).options].some((option) => option.value === value)) field(name).value = value;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  form.hidden = false;
  if (params.size > 0) apply();
}

// A module, so that its names stay out of the global scope.
export {};
