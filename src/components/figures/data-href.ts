/** Links to the generated data files, under whatever sub-path the site is deployed to (BASE). */
export const dataHref = (file: string) => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/${file}`;
