import type { ArticleMeta } from '@/lib/schema';

export function ArticleHeader({ article, highlights }: { article: ArticleMeta; highlights: number }) {
  return (
    <section class="article" aria-label="Article">
      <h1 class="title">{article.title ?? 'Untitled article'}</h1>
      <p class="meta">
        {[article.publisher, article.authors.join(', '), article.publishedAt].filter(Boolean).join(' · ') || 'No publisher or date found'}
        {' · '}
        <span data-testid="highlight-count">{highlights} highlights</span>
      </p>
    </section>
  );
}
